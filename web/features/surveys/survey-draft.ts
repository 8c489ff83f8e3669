/** The editable copy of a survey in the Questions tab, its checks, and the PATCH body built from it. */
import type { TFunction } from "i18next";
import type { QuestionKind, Survey } from "./survey-api";

export type DraftText = { fr: string; en: string };
export type DraftQuestion = { key: string; kind: QuestionKind; label: DraftText; isRequired: boolean; options: { id: string; label: DraftText }[] };
export type Draft = {
  title: string;
  introduction: string;
  stakeholderTypeId: string | null;
  programmeId: string | null;
  cohort: string;
  stepIds: string[];
  locales: ("fr" | "en")[];
  isAnonymous: boolean;
  minGroupSize: number;
  opensAt: string;
  closesAt: string;
  recurrence: Survey["recurrence"];
  reminderDays: string;
  questions: DraftQuestion[];
};

export const choiceKinds: QuestionKind[] = ["single_choice", "multiple_choice"];

let counter = 0;
/** A short unique id for a new question (React key) or option (stored id, ≤ 40 characters). */
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}`;
}

/** "2026-03-01" in local time from an ISO instant, for a date field. */
function toDateField(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Opening at the start of the day, closing at its end, in local time. */
function fromDateField(value: string, endOfDay: boolean): string | null {
  if (!value) return null;
  const [y, m, d] = value.split("-").map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d, endOfDay ? 23 : 0, endOfDay ? 59 : 0, endOfDay ? 59 : 0).toISOString();
}

export function draftFrom(survey: Survey): Draft {
  return {
    title: survey.title,
    introduction: survey.introduction,
    stakeholderTypeId: survey.stakeholderTypeId,
    programmeId: survey.programmeId,
    cohort: survey.cohort,
    stepIds: survey.stepIds,
    locales: survey.locales,
    isAnonymous: survey.isAnonymous,
    minGroupSize: survey.minGroupSize,
    opensAt: toDateField(survey.opensAt),
    closesAt: toDateField(survey.closesAt),
    recurrence: survey.recurrence,
    reminderDays: survey.reminderDays.join(", "),
    questions: [...survey.questions]
      .sort((a, b) => a.position - b.position)
      .map((q) => ({
        key: q.id,
        kind: q.kind,
        label: { fr: q.label.fr ?? "", en: q.label.en ?? "" },
        isRequired: q.isRequired,
        options: q.options.map((o) => ({ id: o.id, label: { fr: o.label.fr ?? "", en: o.label.en ?? "" } })),
      })),
  };
}

export function parseReminderDays(value: string): number[] | null {
  const parts = value
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 60) || days.length > 5) return null;
  return [...new Set(days)].sort((a, b) => a - b);
}

const hasText = (text: DraftText, locales: string[]) => locales.some((l) => text[l as "fr" | "en"].trim() !== "");

/** Translated problems keyed by field ("title", "q.<key>", "q.<key>.options", …). */
export function checkDraft(t: TFunction<"surveys">, draft: Draft, withQuestions: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.title.trim().length < 2) errors.title = t("form.errors.title");
  if (draft.locales.length === 0) errors.locales = t("form.errors.locales");
  if (!Number.isInteger(draft.minGroupSize) || draft.minGroupSize < 3 || draft.minGroupSize > 50) errors.minGroupSize = t("form.errors.minGroupSize");
  if (parseReminderDays(draft.reminderDays) === null) errors.reminderDays = t("form.errors.reminderDays");
  if (draft.opensAt && draft.closesAt && draft.closesAt < draft.opensAt) errors.closesAt = t("form.errors.dates");
  if (!withQuestions) return errors;
  if (draft.questions.length === 0) errors.questions = t("form.errors.noQuestion");
  for (const q of draft.questions) {
    if (!hasText(q.label, draft.locales)) errors[`q.${q.key}`] = t("form.errors.label");
    if (choiceKinds.includes(q.kind) && (q.options.length < 2 || q.options.some((o) => !hasText(o.label, draft.locales)))) {
      errors[`q.${q.key}.options`] = t("form.errors.options");
    }
  }
  return errors;
}

const clean = (text: DraftText) => ({ ...(text.fr.trim() ? { fr: text.fr.trim() } : {}), ...(text.en.trim() ? { en: text.en.trim() } : {}) });

export function patchBody(draft: Draft, withQuestions: boolean) {
  return {
    title: draft.title.trim(),
    introduction: draft.introduction.trim(),
    stakeholderTypeId: draft.stakeholderTypeId,
    programmeId: draft.programmeId,
    cohort: draft.cohort.trim(),
    stepIds: draft.stepIds,
    locales: draft.locales,
    isAnonymous: draft.isAnonymous,
    minGroupSize: draft.minGroupSize,
    opensAt: fromDateField(draft.opensAt, false),
    closesAt: fromDateField(draft.closesAt, true),
    recurrence: draft.recurrence,
    reminderDays: parseReminderDays(draft.reminderDays) ?? [],
    ...(withQuestions
      ? {
          questions: draft.questions.map((q) => ({
            kind: q.kind,
            label: clean(q.label),
            isRequired: q.isRequired,
            options: choiceKinds.includes(q.kind) ? q.options.map((o) => ({ id: o.id, label: clean(o.label) })) : [],
          })),
        }
      : {}),
  };
}

type StartingPoint = {
  title: string;
  stakeholderTypeId: string | null;
  recurrence: Survey["recurrence"];
  isAnonymous: boolean;
  questions: { kind: QuestionKind; label: { fr?: string; en?: string }; isRequired: boolean; options: { id: string; label: { fr?: string; en?: string } }[] }[];
};

/** The editor of a new survey, filled from a template (or the blank survey): nothing is stored until it is saved. */
export function newDraft(start: StartingPoint, locale: "fr" | "en"): Draft {
  return {
    title: start.title,
    introduction: "",
    stakeholderTypeId: start.stakeholderTypeId,
    programmeId: null,
    cohort: "",
    stepIds: [],
    locales: [locale],
    isAnonymous: start.isAnonymous,
    minGroupSize: 5,
    opensAt: "",
    closesAt: "",
    recurrence: start.recurrence,
    reminderDays: "3, 7",
    questions: start.questions.map((q) => ({
      key: newId("q"),
      kind: q.kind,
      label: { fr: q.label.fr ?? "", en: q.label.en ?? "" },
      isRequired: q.isRequired,
      options: q.options.map((o) => ({ id: o.id, label: { fr: o.label.fr ?? "", en: o.label.en ?? "" } })),
    })),
  };
}
