/**
 * The respondent's pages, outside /api and without an account: /s/:publicToken (form, with ?i= for
 * a personal invitation and ?lang=), /s/:publicToken/r/:key (resume a saved answer), /s/:publicToken/merci,
 * and POST /s/:publicToken (a plain form post). Plus the JSON endpoint (answers.api.ts).
 *
 * Every route here: rate limited per address and survey, and per address and answer
 * (answer-limits.ts), `Cache-Control: no-store` and `Referrer-Policy:
 * no-referrer` (tokens are in the URL), and a route logger at "warn" so that no request line —
 * which would carry the IP address — is ever written for them.
 */
import formbody from "@fastify/formbody";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { defaultTimeZone, localeTag } from "../../../../shared/i18n.js";
import type { AppContext } from "../../../context.js";
import { type PageLocale, pickLocale } from "../../../public-pages/i18n.js";
import { type MessageKind, renderMessage } from "../../../public-pages/layout.js";
import { type Privacy, renderSurveyForm, type SurveyFormProps } from "../../../public-pages/survey-form.js";
import { minMarkGroup } from "../answered-marks.js";
import { newToken } from "../tokens.js";
import { publicRouteOptions, registerAnswerLimits } from "./answer-limits.js";
import { registerSurveyAnswerApi } from "./answers.api.js";
import { findInvitation, findSavedAnswer, type LoadedSurvey, loadPublicSurvey, submitAnswers } from "./answers.service.js";
import { fromFormValue } from "./validate.js";

const tokenPattern = /^[A-Za-z0-9_-]{16,100}$/;
const pageQuery = z.object({ i: z.string().max(200).optional(), lang: z.string().max(10).optional() });
const tokenParams = z.object({ publicToken: z.string().max(200) });
const resumeParams = tokenParams.extend({ key: z.string().max(200) });
type FormBody = Record<string, string | string[] | undefined>;

function sendHtml(reply: FastifyReply, status: number, html: string) {
  return reply.status(status).type("text/html; charset=utf-8").send(html);
}

function sendMessage(reply: FastifyReply, status: number, kind: MessageKind, locale: PageLocale, date = "") {
  return sendHtml(reply, status, renderMessage(kind, locale, date));
}

/** The page for a survey that cannot be answered now, or null when it is open. */
function unavailable(reply: FastifyReply, loaded: LoadedSurvey | null, locale: PageLocale) {
  if (!loaded || loaded.availability === "draft") return sendMessage(reply, 404, "notFound", locale);
  if (loaded.availability === "closed") return sendMessage(reply, 410, "closed", locale);
  if (loaded.availability === "not_yet_open") {
    const date = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: "long", timeZone: defaultTimeZone }).format(
      loaded.survey.opensAt ?? new Date(),
    );
    return sendMessage(reply, 404, "notOpen", locale, date);
  }
  return null;
}

function localeOf(request: FastifyRequest, loaded: LoadedSurvey | null, lang: string | undefined): PageLocale {
  return pickLocale(loaded?.survey.locales ?? ["fr", "en"], lang, request.headers["accept-language"]);
}

function pageUrl(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

type FormState = Pick<SurveyFormProps, "answerKey" | "values" | "consent" | "errors" | "saved"> & { invitation: { token: string; email: string } | null };

/** What the page says is kept: the same cases as what answers.service.ts stores. */
function privacyOf(survey: LoadedSurvey["survey"], invitation: FormState["invitation"]): Privacy {
  if (survey.isAnonymous) return { kind: "anonymous", markGroup: invitation ? Math.max(minMarkGroup, survey.minGroupSize) : null };
  return invitation ? { kind: "confidential", email: invitation.email } : { kind: "public_link" };
}

function formProps(loaded: LoadedSurvey, locale: PageLocale, state: FormState): SurveyFormProps {
  const { survey, questions } = loaded;
  const privacy = privacyOf(survey, state.invitation);
  const other = locale === "fr" ? "en" : "fr";
  return {
    locale,
    survey,
    questions,
    action: `/s/${survey.publicToken}`,
    answerKey: state.answerKey,
    invitationToken: state.invitation?.token ?? null,
    privacy,
    values: state.values,
    consent: state.consent,
    showConsent: privacy.kind === "confidential",
    errors: state.errors,
    saved: state.saved,
    otherLanguageHref: survey.locales.includes(other)
      ? pageUrl(state.saved ? `/s/${survey.publicToken}/r/${state.answerKey}` : `/s/${survey.publicToken}`, { lang: other, i: state.invitation?.token })
      : null,
  };
}

export async function registerSurveyAnswerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(formbody, { bodyLimit: 256 * 1024 });
    registerAnswerLimits(scope, ctx.env);
    scope.addHook("onSend", async (_request, reply) => {
      reply.header("cache-control", "no-store").header("referrer-policy", "no-referrer");
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const hide = { hide: true } as const;

    /** Loads the invitation named by ?i= / the hidden field; "invalid" when it is not this survey's. */
    async function invitationFor(loaded: LoadedSurvey, token: string | undefined) {
      if (!token) return { invitation: null };
      const found = tokenPattern.test(token) ? await findInvitation(ctx, loaded.survey, token) : null;
      if (!found) return { invalid: true as const };
      return { invitation: { token, email: found.email }, hasResponded: found.hasResponded };
    }

    r.get("/s/:publicToken", { ...publicRouteOptions, schema: { ...hide, params: tokenParams, querystring: pageQuery } }, async (request, reply) => {
      const loaded = await loadPublicSurvey(ctx.db, request.params.publicToken);
      const locale = localeOf(request, loaded, request.query.lang);
      if (loaded?.availability !== "open") return unavailable(reply, loaded, locale);
      const found = await invitationFor(loaded, request.query.i);
      if ("invalid" in found) return sendMessage(reply, 404, "notFound", locale);
      if (found.hasResponded) return sendMessage(reply, 200, "already", locale);
      const state = { answerKey: newToken(), values: {}, consent: false, errors: [], saved: false, invitation: found.invitation };
      return sendHtml(reply, 200, renderSurveyForm(formProps(loaded, locale, state)));
    });

    r.get("/s/:publicToken/r/:key", { ...publicRouteOptions, schema: { ...hide, params: resumeParams, querystring: pageQuery } }, async (request, reply) => {
      const { publicToken, key } = request.params;
      const loaded = await loadPublicSurvey(ctx.db, publicToken);
      const locale = localeOf(request, loaded, request.query.lang);
      if (loaded?.availability !== "open") return unavailable(reply, loaded, locale);
      const saved = tokenPattern.test(key) ? await findSavedAnswer(ctx.db, loaded.survey.id, key) : null;
      if (!saved) return sendMessage(reply, 404, "notFound", locale);
      if (saved.status === "complete") return reply.redirect(pageUrl(`/s/${publicToken}/merci`, { lang: locale }), 303);
      const found = await invitationFor(loaded, request.query.i);
      if ("invalid" in found) return sendMessage(reply, 404, "notFound", locale);
      if (found.hasResponded) return sendMessage(reply, 200, "already", locale);
      const state = { answerKey: key, values: saved.values, consent: saved.consent, errors: [], saved: true, invitation: found.invitation };
      return sendHtml(reply, 200, renderSurveyForm(formProps(loaded, locale, state)));
    });

    r.get("/s/:publicToken/merci", { ...publicRouteOptions, schema: { ...hide, params: tokenParams, querystring: pageQuery } }, async (request, reply) => {
      const loaded = await loadPublicSurvey(ctx.db, request.params.publicToken);
      const locale = localeOf(request, loaded, request.query.lang);
      return loaded && loaded.availability !== "draft" ? sendMessage(reply, 200, "thanks", locale) : sendMessage(reply, 404, "notFound", locale);
    });

    r.post("/s/:publicToken", { ...publicRouteOptions, schema: { ...hide, params: tokenParams } }, async (request, reply) => {
      const body = (request.body ?? {}) as FormBody;
      const field = (name: string) => {
        const value = body[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const loaded = await loadPublicSurvey(ctx.db, request.params.publicToken);
      const locale = localeOf(request, loaded, field("lang"));
      if (loaded?.availability !== "open") return unavailable(reply, loaded, locale);
      const found = await invitationFor(loaded, field("i") || undefined);
      if ("invalid" in found) return sendMessage(reply, 404, "notFound", locale);

      const keyField = field("key");
      const answerKey = keyField && tokenPattern.test(keyField) ? keyField : newToken();
      const values = Object.fromEntries(loaded.questions.map((q) => [q.id, fromFormValue(q, body[`q_${q.id}`] ?? body[`q_${q.id}[]`])]));
      const consent = field("consent") === "1";
      const isFinal = field("action") !== "save";
      const outcome = await submitAnswers(ctx, loaded, {
        key: answerKey,
        invitationToken: found.invitation?.token ?? null,
        locale,
        answers: values,
        consentToContact: consent,
        isFinal,
      });
      const token = loaded.survey.publicToken;
      switch (outcome.kind) {
        case "invalid": {
          const state = { answerKey, values, consent, errors: outcome.errors, saved: false, invitation: found.invitation };
          return sendHtml(reply, 400, renderSurveyForm(formProps(loaded, locale, state)));
        }
        case "stored":
          if (outcome.status === "partial") return reply.redirect(pageUrl(`/s/${token}/r/${answerKey}`, { lang: locale, i: found.invitation?.token }), 303);
          return reply.redirect(pageUrl(`/s/${token}/merci`, { lang: locale }), 303);
        case "already_complete":
          return reply.redirect(pageUrl(`/s/${token}/merci`, { lang: locale }), 303);
        case "already_responded":
          return sendMessage(reply, 409, "already", locale);
        case "unavailable":
          // Closed, moved or gone while this answer was on its way (open still: it closed this very moment).
          return unavailable(reply, outcome.loaded, locale) ?? sendMessage(reply, 410, "closed", locale);
        default:
          return sendMessage(reply, 404, "notFound", locale);
      }
    });

    await registerSurveyAnswerApi(scope, ctx);
  });
}
