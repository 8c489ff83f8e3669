/**
 * Answers to a survey, as the respondent's form (server/public-pages) and the answering code
 * (server/modules/survey-answers) both see them.
 */

/** The longest text answer, in characters: the form's `maxlength` and the server's check. */
export const maxTextLength = 5000;

/** A question as it is answered: its kind, label per language, and options (for choices). */
export type Question = {
  id: string;
  kind: string;
  label: Record<string, string>;
  isRequired: boolean;
  options: { id: string; label: Record<string, string> }[];
};
/** One answer as sent: a score or yes/no (1/0) as a number, text as a string, choices as option ids. */
export type AnswerValue = number | string | string[] | null;
export type AnswerErrorCode = "required" | "range" | "option" | "too_long" | "invalid" | "unknown_question";
/** Why one answer was refused (with the scale for `range`). */
export type AnswerError = { questionId: string; code: AnswerErrorCode; min?: number; max?: number };
