/**
 * The answering page: one <fieldset> + <legend> per question, native radios and checkboxes in big
 * labels, an error summary that takes the focus (autofocus, no script) and links to each question,
 * errors tied to their question with aria-describedby, and "required" written in text.
 * It works without JavaScript: a plain POST to the same address.
 */
import type { ReactNode } from "react";
import { type AnswerError, type AnswerValue, maxTextLength, type Question } from "../../shared/schemas/answers.js";
import { format, localized, type Messages, messages, type PageLocale } from "./i18n.js";
import { Layout, renderPage } from "./layout.js";

/**
 * What is kept with the answer, by case (answers.service.ts): an anonymous survey (through a personal
 * invitation, `markGroup`: the invitation is flagged answered only with at least that many others;
 * else null), a confidential survey through a personal invitation (its address), or a confidential
 * survey's public link (no address at all).
 */
export type Privacy = { kind: "anonymous"; markGroup: number | null } | { kind: "confidential"; email: string } | { kind: "public_link" };

export type SurveyFormProps = {
  locale: PageLocale;
  survey: { title: string; introduction: string; isAnonymous: boolean; minGroupSize: number };
  questions: Question[];
  action: string;
  answerKey: string;
  invitationToken: string | null;
  privacy: Privacy;
  values: Record<string, AnswerValue>;
  consent: boolean;
  showConsent: boolean;
  errors: AnswerError[];
  saved: boolean;
  otherLanguageHref: string | null;
};

const scaleRanges: Record<string, [number, number, keyof Messages, keyof Messages]> = {
  nps: [0, 10, "npsLow", "npsHigh"],
  satisfaction: [1, 5, "satisfactionLow", "satisfactionHigh"],
  effort: [1, 7, "effortLow", "effortHigh"],
};

function errorText(m: Messages, error: AnswerError): string {
  if (error.code === "required") return m.errRequired;
  if (error.code === "range") return format(m.errRange, { min: error.min ?? 0, max: error.max ?? 0 });
  if (error.code === "option") return m.errOption;
  if (error.code === "too_long") return m.errTooLong;
  return m.errInvalid;
}

const sameValue = (value: AnswerValue | undefined, candidate: string) =>
  Array.isArray(value) ? value.includes(candidate) : value !== null && value !== undefined && String(value) === candidate;

type Choice = { value: string; label: string };

function Choices({
  id,
  name,
  type,
  choices,
  value,
}: {
  id: string;
  name: string;
  type: "radio" | "checkbox";
  choices: Choice[];
  value: AnswerValue | undefined;
}) {
  return (
    <div className="choices">
      {choices.map((choice, index) => (
        <label key={choice.value}>
          <input type={type} name={name} value={choice.value} id={index === 0 ? id : undefined} defaultChecked={sameValue(value, choice.value)} />
          {choice.label}
        </label>
      ))}
    </div>
  );
}

function QuestionField({
  question,
  index,
  locale,
  value,
  error,
}: {
  question: Question;
  index: number;
  locale: PageLocale;
  value: AnswerValue | undefined;
  error?: AnswerError;
}) {
  const m = messages[locale];
  const id = `q-${question.id}`;
  const name = `q_${question.id}`;
  const scale = scaleRanges[question.kind];
  const hint = scale || question.kind === "multiple_choice" || question.kind === "text" ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hint, errorId].filter(Boolean).join(" ") || undefined;
  const options = question.options.map((option) => ({ value: option.id, label: localized(option.label, locale) }));

  let body: ReactNode;
  if (scale) {
    const [min, max, low, high] = scale;
    const numbers = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    body = (
      <>
        <div className="scale">
          {numbers.map((n) => (
            <label key={n}>
              <input type="radio" name={name} value={n} id={n === min ? id : undefined} defaultChecked={sameValue(value, String(n))} />
              {n}
            </label>
          ))}
        </div>
        <p className="ends" id={hint ?? undefined}>
          <span>{format(m.scaleEnd, { n: min, label: m[low] })}</span>
          <span>{format(m.scaleEnd, { n: max, label: m[high] })}</span>
        </p>
      </>
    );
  } else if (question.kind === "yes_no") {
    body = (
      <Choices
        id={id}
        name={name}
        type="radio"
        value={value}
        choices={[
          { value: "1", label: m.yes },
          { value: "0", label: m.no },
        ]}
      />
    );
  } else if (question.kind === "single_choice") {
    body = <Choices id={id} name={name} type="radio" value={value} choices={options} />;
  } else if (question.kind === "multiple_choice") {
    body = (
      <>
        <p className="hint" id={hint ?? undefined}>
          {m.severalAnswers}
        </p>
        <Choices id={id} name={`${name}[]`} type="checkbox" value={value} choices={options} />
      </>
    );
  } else {
    body = (
      <>
        <p className="hint" id={hint ?? undefined}>
          {m.textHint}
        </p>
        <textarea
          id={id}
          name={name}
          aria-labelledby={`${id}-legend`}
          aria-describedby={describedBy}
          maxLength={maxTextLength}
          defaultValue={typeof value === "string" ? value : ""}
        />
      </>
    );
  }
  return (
    <fieldset aria-describedby={describedBy} className={error ? "invalid" : undefined}>
      <legend id={`${id}-legend`}>
        {index + 1}. {localized(question.label, locale)}
        {question.isRequired && <span className="req"> ({m.required})</span>}
      </legend>
      {error && (
        <p className="error" id={errorId ?? undefined}>
          {errorText(m, error)}
        </p>
      )}
      {body}
    </fieldset>
  );
}

/** The first screen's statement of what is kept with the answers and who sees them. */
function PrivacyNotice({ privacy, minGroupSize, m }: { privacy: Privacy; minGroupSize: number; m: Messages }) {
  const n = { n: minGroupSize };
  const paragraphs =
    privacy.kind === "anonymous"
      ? [format(m.anonymous, n), ...(privacy.markGroup === null ? [] : [format(m.anonymousInvited, { k: privacy.markGroup })]), m.anonymousComments]
      : privacy.kind === "confidential"
        ? [format(m.confidential, { ...n, email: privacy.email }), m.confidentialConsent]
        : [m.publicLink, format(m.publicLinkReaders, n)];
  return (
    <div className="notice">
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  );
}

function SurveyForm(props: SurveyFormProps) {
  const { locale, survey, questions, errors } = props;
  const m = messages[locale];
  const errorFor = new Map(errors.map((e) => [e.questionId, e]));
  const labels = new Map(questions.map((q, i) => [q.id, `${i + 1}. ${localized(q.label, locale)}`]));
  const title = errors.length > 0 ? `${m.errorTitle} – ${survey.title}` : survey.title;
  return (
    <Layout locale={locale} title={title}>
      <h1>{survey.title}</h1>
      {errors.length > 0 && (
        // biome-ignore lint/a11y/noAutofocus: without JavaScript, autofocus is how the error summary gets the focus after a failed post (RGAA 11.10)
        <section className="errors" id="error-summary" tabIndex={-1} autoFocus aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{m.errorSummary}</h2>
          <ul>
            {errors.map((error) => (
              <li key={error.questionId}>
                <a href={`#q-${error.questionId}`}>
                  {labels.get(error.questionId) ?? ""} — {errorText(m, error)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.saved && (
        <p className="saved" role="status">
          {m.resumeNotice}
        </p>
      )}
      <PrivacyNotice privacy={props.privacy} minGroupSize={survey.minGroupSize} m={m} />
      {survey.introduction && <p>{survey.introduction}</p>}
      <p className="hint">{m.requiredNote}</p>
      <form method="post" action={props.action} noValidate>
        <input type="hidden" name="key" value={props.answerKey} />
        <input type="hidden" name="lang" value={locale} />
        {props.invitationToken && <input type="hidden" name="i" value={props.invitationToken} />}
        {questions.map((question, index) => (
          <QuestionField
            key={question.id}
            question={question}
            index={index}
            locale={locale}
            value={props.values[question.id]}
            error={errorFor.get(question.id)}
          />
        ))}
        {props.showConsent && (
          <div className="consent choices">
            <label>
              <input type="checkbox" name="consent" value="1" defaultChecked={props.consent} />
              {m.consent}
            </label>
          </div>
        )}
        <div className="actions">
          <button type="submit" name="action" value="submit" className="primary">
            {m.submit}
          </button>
          <button type="submit" name="action" value="save" className="secondary">
            {m.save}
          </button>
        </div>
      </form>
      {props.otherLanguageHref && (
        <p className="lang">
          <a href={props.otherLanguageHref} lang={locale === "fr" ? "en" : "fr"} hrefLang={locale === "fr" ? "en" : "fr"}>
            {m.otherLanguage}
          </a>
        </p>
      )}
    </Layout>
  );
}

export function renderSurveyForm(props: SurveyFormProps): string {
  return renderPage(<SurveyForm {...props} />);
}
