/** Building surveys: create (blank or from a template), change, open, close, rotate the link, delete. */
import { and, count, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Survey, SurveyInput } from "../../../shared/schemas/surveys.js";
import type { surveyInputSchema } from "../../../shared/schemas/surveys.js";
import { surveyTemplate } from "../../../shared/surveys/templates.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { journeySteps, programmes, stakeholderTypes, surveyQuestions, surveyResponses, surveys, surveySteps } from "../../db/schema.js";
import { AppError, notFound } from "../../platform/problem.js";
import { recordAudit } from "../../platform/audit.js";
import type { Tx } from "../../platform/database.js";
import { presentSurvey } from "./surveys.presenter.js";
import { findSurvey, listSurveyRows, loadSurveyDetails } from "./surveys.queries.js";
import { newToken } from "./tokens.js";
import { syncRecurrence } from "./waves.service.js";

export async function listSurveys(ctx: AppContext, organisationId: string): Promise<Survey[]> {
  const rows = await listSurveyRows(ctx.db, organisationId);
  const details = await loadSurveyDetails(ctx.db, organisationId, rows);
  return rows.map((row) => presentSurvey(row, details, ctx.env.publicUrl));
}

export async function getSurvey(ctx: AppContext, organisationId: string, surveyId: string): Promise<Survey> {
  const row = await findSurvey(ctx.db, organisationId, surveyId);
  if (!row) throw notFound("survey");
  return presentSurvey(row, await loadSurveyDetails(ctx.db, organisationId, [row]), ctx.env.publicUrl);
}

/** The questions of a template in the survey's languages, with the template's defaults. */
export async function inputFromTemplate(ctx: AppContext, organisationId: string, key: string, locales: ("fr" | "en")[]): Promise<Partial<SurveyInput>> {
  const template = surveyTemplate(key);
  if (!template) throw new AppError("validation_failed", "Unknown survey template.", [{ path: "body.templateKey", message: "unknown" }]);
  const [type] = await ctx.db
    .select({ id: stakeholderTypes.id })
    .from(stakeholderTypes)
    .where(and(eq(stakeholderTypes.organisationId, organisationId), eq(stakeholderTypes.seedKey, template.stakeholderKey)));
  const title = template.title[locales[0] ?? "fr"];
  return { title, templateKey: key, stakeholderTypeId: type?.id ?? null, recurrence: template.recurrence, isAnonymous: template.isAnonymous, questions: template.questions };
}

/** Checks that the stakeholder type, programme and steps all belong to this organisation. */
async function assertReferences(tx: Tx, organisationId: string, input: Partial<z.output<typeof surveyInputSchema>>) {
  const unknown = (path: string) => new AppError("validation_failed", "Unknown reference.", [{ path, message: "unknown" }]);
  if (input.stakeholderTypeId) {
    const [row] = await tx.select({ id: stakeholderTypes.id }).from(stakeholderTypes).where(and(eq(stakeholderTypes.organisationId, organisationId), eq(stakeholderTypes.id, input.stakeholderTypeId)));
    if (!row) throw unknown("body.stakeholderTypeId");
  }
  if (input.programmeId) {
    const [row] = await tx.select({ id: programmes.id }).from(programmes).where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, input.programmeId)));
    if (!row) throw unknown("body.programmeId");
  }
  if (input.stepIds && input.stepIds.length > 0) {
    const rows = await tx.select({ id: journeySteps.id }).from(journeySteps).where(and(eq(journeySteps.organisationId, organisationId), inArray(journeySteps.id, input.stepIds)));
    if (rows.length !== new Set(input.stepIds).size) throw unknown("body.stepIds");
  }
}

async function writeQuestionsAndSteps(tx: Tx, organisationId: string, surveyId: string, input: Partial<z.output<typeof surveyInputSchema>>) {
  if (input.questions) {
    await tx.delete(surveyQuestions).where(and(eq(surveyQuestions.organisationId, organisationId), eq(surveyQuestions.surveyId, surveyId)));
    await tx.insert(surveyQuestions).values(input.questions.map((q, position) => ({ organisationId, surveyId, position, kind: q.kind, label: q.label, isRequired: q.isRequired, options: q.options })));
  }
  if (input.stepIds) {
    await tx.delete(surveySteps).where(and(eq(surveySteps.organisationId, organisationId), eq(surveySteps.surveyId, surveyId)));
    if (input.stepIds.length > 0) await tx.insert(surveySteps).values([...new Set(input.stepIds)].map((stepId) => ({ organisationId, surveyId, stepId })));
  }
}

const toDate = (value: string | null | undefined) => (value ? new Date(value) : value === null ? null : undefined);

export async function createSurvey(ctx: AppContext, session: CurrentSession, membership: Membership, input: z.output<typeof surveyInputSchema>): Promise<Survey> {
  const organisationId = membership.organisationId;
  const id = await ctx.db.transaction(async (tx) => {
    await assertReferences(tx, organisationId, input);
    const { questions: _q, stepIds: _s, opensAt, closesAt, ...fields } = input;
    const [row] = await tx
      .insert(surveys)
      .values({ organisationId, ...fields, opensAt: toDate(opensAt), closesAt: toDate(closesAt), publicToken: newToken(), createdBy: session.user.id })
      .returning({ id: surveys.id });
    await writeQuestionsAndSteps(tx, organisationId, row?.id as string, input);
    return row?.id as string;
  });
  return getSurvey(ctx, organisationId, id);
}

export async function updateSurvey(ctx: AppContext, membership: Membership, surveyId: string, input: Partial<z.output<typeof surveyInputSchema>>): Promise<Survey> {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const row = await findSurvey(ctx.db, organisationId, surveyId);
    if (!row) throw notFound("survey");
    if (input.questions) {
      const [answered] = await tx.select({ n: count() }).from(surveyResponses).where(and(eq(surveyResponses.organisationId, organisationId), eq(surveyResponses.surveyId, surveyId)));
      if ((answered?.n ?? 0) > 0) throw new AppError("conflict", "People have already answered: the questions can no longer change (copy the survey instead).");
    }
    await assertReferences(tx, organisationId, input);
    const { questions: _q, stepIds: _s, opensAt, closesAt, ...fields } = input;
    await tx
      .update(surveys)
      .set({ ...fields, opensAt: toDate(opensAt), closesAt: toDate(closesAt), updatedAt: new Date() })
      .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId)));
    await writeQuestionsAndSteps(tx, organisationId, surveyId, input);
    if (input.recurrence !== undefined || input.opensAt !== undefined) await syncRecurrence(tx, organisationId, surveyId);
  });
  return getSurvey(ctx, organisationId, surveyId);
}

export async function setSurveyStatus(ctx: AppContext, session: CurrentSession, membership: Membership, surveyId: string, status: "open" | "closed") {
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(surveys)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(surveys.organisationId, membership.organisationId), eq(surveys.id, surveyId)))
      .returning({ title: surveys.title });
    if (updated.length === 0) throw notFound("survey");
    // A recurring survey opened schedules its next wave; closed, it stops recurring.
    await syncRecurrence(tx, membership.organisationId, surveyId);
    await recordAudit(tx, {
      organisationId: membership.organisationId,
      actor: { id: session.user.id, name: session.user.name },
      action: status === "open" ? "survey.opened" : "survey.closed",
      targetType: "survey",
      targetId: surveyId,
      targetLabel: updated[0]?.title ?? null,
    });
  });
  return getSurvey(ctx, membership.organisationId, surveyId);
}

/** A new public link: the old link and its QR codes stop working. */
export async function rotatePublicLink(ctx: AppContext, membership: Membership, surveyId: string) {
  const updated = await ctx.db
    .update(surveys)
    .set({ publicToken: newToken(), updatedAt: new Date() })
    .where(and(eq(surveys.organisationId, membership.organisationId), eq(surveys.id, surveyId)))
    .returning({ id: surveys.id });
  if (updated.length === 0) throw notFound("survey");
  return getSurvey(ctx, membership.organisationId, surveyId);
}

export async function deleteSurvey(ctx: AppContext, session: CurrentSession, membership: Membership, surveyId: string) {
  const deleted = await ctx.db
    .delete(surveys)
    .where(and(eq(surveys.organisationId, membership.organisationId), eq(surveys.id, surveyId)))
    .returning({ title: surveys.title });
  if (deleted.length === 0) throw notFound("survey");
  await recordAudit(ctx.db, {
    organisationId: membership.organisationId,
    actor: { id: session.user.id, name: session.user.name },
    action: "survey.deleted",
    targetType: "survey",
    targetId: surveyId,
    targetLabel: deleted[0]?.title ?? null,
  });
}
