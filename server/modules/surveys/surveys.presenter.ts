/** The fields of a survey that leave the server. */
import { type Survey, surveyStatuses } from "../../../shared/schemas/surveys.js";
import { questionKindSchema, recurrences } from "../../../shared/schemas/surveys.js";
import type { loadSurveyDetails, SurveyRow } from "./surveys.queries.js";

type Details = Awaited<ReturnType<typeof loadSurveyDetails>>;

export function presentSurvey(row: SurveyRow, details: Details, publicBaseUrl: string): Survey {
  const status = surveyStatuses.find((s) => s === row.status) ?? "draft";
  const recurrence = recurrences.find((r) => r === row.recurrence) ?? "none";
  return {
    id: row.id,
    title: row.title,
    introduction: row.introduction,
    templateKey: row.templateKey,
    stakeholderTypeId: row.stakeholderTypeId,
    programmeId: row.programmeId,
    cohort: row.cohort,
    stepIds: details.steps.filter((s) => s.surveyId === row.id).map((s) => s.stepId),
    locales: row.locales.filter((l): l is "fr" | "en" => l === "fr" || l === "en"),
    isAnonymous: row.isAnonymous,
    minGroupSize: row.minGroupSize,
    status,
    opensAt: row.opensAt?.toISOString() ?? null,
    closesAt: row.closesAt?.toISOString() ?? null,
    recurrence,
    reminderDays: row.reminderDays,
    publicUrl: `${publicBaseUrl}/s/${row.publicToken}`,
    questions: details.questions
      .filter((q) => q.surveyId === row.id)
      .map((q) => ({ id: q.id, position: q.position, kind: questionKindSchema.parse(q.kind), label: q.label, isRequired: q.isRequired, options: q.options })),
    responseCount: details.responses.find((r) => r.surveyId === row.id)?.n ?? 0,
    invitationCount: details.invitations.find((r) => r.surveyId === row.id)?.n ?? 0,
    waveNumber: details.waves.find((w) => w.surveyId === row.id)?.number ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
