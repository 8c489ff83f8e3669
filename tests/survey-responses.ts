/** Complete survey answers stored directly, as the answering page stores them, for results tests. */
import { randomUUID } from "node:crypto";
import { surveyResponses } from "../server/db/schema.js";
import { hashToken } from "../server/modules/surveys/tokens.js";
import type { Survey } from "../shared/schemas/surveys.js";
import type { TestApp } from "./test-app.js";

/** Stores complete answers directly, as the answering page would. */
export async function addResponses(
  t: TestApp,
  organisationId: string,
  survey: Survey,
  rows: { nps: number | null; satisfaction?: number; cohort?: string; text?: string; stakeholderTypeId?: string; submittedOn?: string }[],
) {
  const nps = survey.questions.find((q) => q.kind === "nps");
  const satisfaction = survey.questions.find((q) => q.kind === "satisfaction");
  const text = survey.questions.find((q) => q.kind === "text");
  for (const row of rows) {
    const answers = {
      ...(row.nps !== null && nps ? { [nps.id]: row.nps } : {}),
      ...(row.satisfaction && satisfaction ? { [satisfaction.id]: row.satisfaction } : {}),
      ...(row.text && text ? { [text.id]: row.text } : {}),
    };
    await t.ctx.db
      .insert(surveyResponses)
      .values({
        organisationId,
        surveyId: survey.id,
        locale: "fr",
        status: "complete",
        resumeTokenHash: hashToken(randomUUID()),
        cohort: row.cohort ?? survey.cohort,
        stakeholderTypeId: row.stakeholderTypeId ?? survey.stakeholderTypeId,
        submittedOn: row.submittedOn ?? "2026-11-20",
        answers,
      });
  }
}
