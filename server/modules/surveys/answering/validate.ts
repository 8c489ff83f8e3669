/**
 * Checks every answer against its question — kind, scale, option ids, length, and "required" only
 * for a final answer — and turns it into the stored columns. Shared by the no-JS form and the JSON
 * endpoint; from the form, values arrive as strings and are read first by `fromFormValue`.
 *
 * Stored shapes (`survey_responses.answers`, question id → value, read by the results): scores and
 * yes/no (1 = yes, 0 = no) as a number, text as a string, single and multiple choice as the array
 * of option ids.
 */
import { type AnswerError, type AnswerValue, maxTextLength, type Question } from "../../../../shared/schemas/answers.js";
import { questionScales } from "../../../../shared/schemas/surveys.js";
import type { AnswerMap } from "../../../db/survey-schema.js";

export type { AnswerError, AnswerValue, Question };
export type StoredAnswer = { questionId: string; valueNumber: number | null; valueText: string | null; valueChoices: string[] | null };

const choiceKinds = new Set(["single_choice", "multiple_choice"]);

/** A form field (absent, one string, or repeated strings) as the value the JSON endpoint would send. */
export function fromFormValue(question: Question, raw: string | string[] | undefined): AnswerValue {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (question.kind === "multiple_choice") return list.length === 0 ? null : list;
  const first = list[0];
  if (first === undefined) return null;
  if (question.kind === "text" || question.kind === "single_choice") return first.trim() === "" ? null : first;
  if (first.trim() === "") return null;
  // Scores and yes/no: a number; anything else is kept as text so that it fails as "invalid".
  return /^-?\d{1,3}$/.test(first.trim()) ? Number(first.trim()) : first;
}

function isEmpty(value: AnswerValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

function check(question: Question, value: AnswerValue): Omit<AnswerError, "questionId"> | StoredAnswer {
  const stored = { questionId: question.id, valueNumber: null, valueText: null, valueChoices: null };
  const scale = questionScales[question.kind as keyof typeof questionScales];
  if (scale || question.kind === "yes_no") {
    const { min, max } = scale ?? { min: 0, max: 1 };
    if (typeof value !== "number" || !Number.isInteger(value)) return { code: "invalid" };
    if (value < min || value > max) return { code: "range", min, max };
    return { ...stored, valueNumber: value };
  }
  if (question.kind === "text") {
    if (typeof value !== "string") return { code: "invalid" };
    if (value.length > maxTextLength) return { code: "too_long" };
    return { ...stored, valueText: value.trim() };
  }
  if (choiceKinds.has(question.kind)) {
    const ids = typeof value === "string" ? [value] : Array.isArray(value) ? value : null;
    if (!ids) return { code: "invalid" };
    if (question.kind === "single_choice" && ids.length !== 1) return { code: "invalid" };
    const known = new Set(question.options.map((o) => o.id));
    if (!ids.every((id) => known.has(id))) return { code: "option" };
    return { ...stored, valueChoices: [...new Set(ids)] };
  }
  return { code: "invalid" };
}

/** Every error at once, or the answers to store (skipped questions are left out). */
export function validateAnswers(
  questions: readonly Question[],
  answers: Record<string, AnswerValue>,
  isFinal: boolean,
): { stored: StoredAnswer[]; errors: AnswerError[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: AnswerError[] = [];
  const stored: StoredAnswer[] = [];
  for (const questionId of Object.keys(answers)) if (!byId.has(questionId)) errors.push({ questionId, code: "unknown_question" });
  for (const question of questions) {
    const value = answers[question.id];
    if (isEmpty(value)) {
      if (isFinal && question.isRequired) errors.push({ questionId: question.id, code: "required" });
      continue;
    }
    const result = check(question, value as AnswerValue);
    if ("code" in result) errors.push({ questionId: question.id, ...result });
    else stored.push(result);
  }
  return { stored, errors };
}

/** The answers as stored in the response row. */
export function answerMap(stored: readonly StoredAnswer[]): AnswerMap {
  const map: AnswerMap = {};
  for (const { questionId, valueNumber, valueText, valueChoices } of stored) map[questionId] = valueNumber ?? valueChoices ?? valueText ?? "";
  return map;
}

/** Why a follow-up is due: a detractor NPS (0–6) or a satisfaction of 1–2; null when none. */
export function followUpReason(questions: readonly Question[], stored: readonly StoredAnswer[]): string | null {
  const kinds = new Map(questions.map((q) => [q.id, q.kind]));
  const reasons: string[] = [];
  for (const answer of stored) {
    const kind = kinds.get(answer.questionId);
    if (answer.valueNumber === null) continue;
    if (kind === "nps" && answer.valueNumber <= 6) reasons.push(`nps:${answer.valueNumber}`);
    if (kind === "satisfaction" && answer.valueNumber <= 2) reasons.push(`satisfaction:${answer.valueNumber}`);
  }
  return reasons.length > 0 ? reasons.join(" ") : null;
}
