/** Building surveys: create (blank or from a template), change, open, close, rotate the link, delete. */
import type { z } from "zod";
import type { Locale } from "../../../shared/schemas/common.js";
import type { SurveyTemplateSummary } from "../../../shared/schemas/surveys-results.js";
import { type Survey, type SurveyInput, surveyInputSchema } from "../../../shared/schemas/surveys.js";
import { surveyTemplate, surveyTemplates } from "../../../shared/surveys/templates.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import type { Tx } from "../../platform/database.js";
import { AppError, notFound } from "../../platform/problem.js";
import { presentSurvey } from "./surveys.presenter.js";
import {
  countAnswers,
  countOwnSteps,
  deleteSurveyRow,
  findStakeholderTypeBySeedKey,
  findSurvey,
  insertSurvey,
  listSurveyRows,
  loadSurveyDetails,
  programmeExists,
  replaceQuestions,
  replaceSteps,
  stakeholderTypeExists,
  updateSurveyRow,
} from "./surveys.queries.js";
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
  const stakeholderTypeId = await findStakeholderTypeBySeedKey(ctx.db, organisationId, template.stakeholderKey);
  const title = template.title[locales[0] ?? "fr"];
  return { title, templateKey: key, stakeholderTypeId, recurrence: template.recurrence, isAnonymous: template.isAnonymous, questions: template.questions };
}

/** Checks that the stakeholder type, programme and steps all belong to this organisation. */
async function assertReferences(tx: Tx, organisationId: string, input: Partial<z.output<typeof surveyInputSchema>>) {
  const unknown = (path: string) => new AppError("validation_failed", "Unknown reference.", [{ path, message: "unknown" }]);
  if (input.stakeholderTypeId && !(await stakeholderTypeExists(tx, organisationId, input.stakeholderTypeId))) throw unknown("body.stakeholderTypeId");
  if (input.programmeId && !(await programmeExists(tx, organisationId, input.programmeId))) throw unknown("body.programmeId");
  if (input.stepIds && input.stepIds.length > 0 && (await countOwnSteps(tx, organisationId, input.stepIds)) !== new Set(input.stepIds).size) throw unknown("body.stepIds");
}

async function writeQuestionsAndSteps(tx: Tx, organisationId: string, surveyId: string, input: Partial<z.output<typeof surveyInputSchema>>) {
  if (input.questions) await replaceQuestions(tx, organisationId, surveyId, input.questions);
  if (input.stepIds) await replaceSteps(tx, organisationId, surveyId, input.stepIds);
}

const toDate = (value: string | null | undefined) => (value ? new Date(value) : value === null ? null : undefined);

export async function createSurvey(ctx: AppContext, session: CurrentSession, membership: Membership, input: z.output<typeof surveyInputSchema>): Promise<Survey> {
  const organisationId = membership.organisationId;
  const id = await ctx.db.transaction(async (tx) => {
    await assertReferences(tx, organisationId, input);
    const { questions: _q, stepIds: _s, opensAt, closesAt, ...fields } = input;
    const surveyId = await insertSurvey(tx, organisationId, { ...fields, opensAt: toDate(opensAt), closesAt: toDate(closesAt), publicToken: newToken(), createdBy: session.user.id });
    await writeQuestionsAndSteps(tx, organisationId, surveyId, input);
    return surveyId;
  });
  return getSurvey(ctx, organisationId, id);
}

export async function updateSurvey(ctx: AppContext, membership: Membership, surveyId: string, input: Partial<z.output<typeof surveyInputSchema>>): Promise<Survey> {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const row = await findSurvey(tx, organisationId, surveyId);
    if (!row) throw notFound("survey");
    if (input.questions) {
      if ((await countAnswers(tx, organisationId, surveyId)) > 0) throw new AppError("conflict", "People have already answered: the questions can no longer change (copy the survey instead).");
    }
    await assertReferences(tx, organisationId, input);
    const { questions: _q, stepIds: _s, opensAt, closesAt, ...fields } = input;
    await updateSurveyRow(tx, organisationId, surveyId, { ...fields, opensAt: toDate(opensAt), closesAt: toDate(closesAt) });
    await writeQuestionsAndSteps(tx, organisationId, surveyId, input);
    if (input.recurrence !== undefined || input.opensAt !== undefined) await syncRecurrence(tx, organisationId, surveyId);
  });
  return getSurvey(ctx, organisationId, surveyId);
}

export async function setSurveyStatus(ctx: AppContext, session: CurrentSession, membership: Membership, surveyId: string, status: "open" | "closed") {
  await ctx.db.transaction(async (tx) => {
    const updated = await updateSurveyRow(tx, membership.organisationId, surveyId, { status });
    if (!updated) throw notFound("survey");
    // A recurring survey opened schedules its next wave; closed, it stops recurring.
    await syncRecurrence(tx, membership.organisationId, surveyId);
    await auditAction(tx, session, membership.organisationId, status === "open" ? "survey.opened" : "survey.closed", { type: "survey", id: surveyId, label: updated.title });
  });
  return getSurvey(ctx, membership.organisationId, surveyId);
}

/** A new public link: the old link and its QR codes stop working. */
export async function rotatePublicLink(ctx: AppContext, membership: Membership, surveyId: string) {
  const updated = await updateSurveyRow(ctx.db, membership.organisationId, surveyId, { publicToken: newToken() });
  if (!updated) throw notFound("survey");
  return getSurvey(ctx, membership.organisationId, surveyId);
}

export async function deleteSurvey(ctx: AppContext, session: CurrentSession, membership: Membership, surveyId: string) {
  const deleted = await deleteSurveyRow(ctx.db, membership.organisationId, surveyId);
  if (!deleted) throw notFound("survey");
  await auditAction(ctx.db, session, membership.organisationId, "survey.deleted", { type: "survey", id: surveyId, label: deleted.title });
}

/**
 * The templates a survey may start from, in one language, each with what the editor opens with:
 * its questions and the organisation's stakeholder type it is addressed to (nothing is stored until saved).
 */
export async function listTemplates(ctx: AppContext, organisationId: string, locale: Locale): Promise<SurveyTemplateSummary[]> {
  return Promise.all(
    surveyTemplates.map(async (t) => ({
      key: t.key,
      title: t.title[locale],
      description: t.description[locale],
      recurrence: t.recurrence,
      isAnonymous: t.isAnonymous,
      questionCount: t.questions.length,
      stakeholderTypeId: await findStakeholderTypeBySeedKey(ctx.db, organisationId, t.stakeholderKey),
      questions: t.questions,
    })),
  );
}

/**
 * A new survey from the creation body: the template's questions and defaults (when it names one)
 * under what the body gives, in the creator's language when it names none; checked whole.
 */
export async function createSurveyFrom(ctx: AppContext, session: CurrentSession, membership: Membership, body: Partial<SurveyInput>): Promise<Survey> {
  const locales = body.locales ?? [session.user.locale === "en" ? "en" : "fr"];
  const fromTemplate = body.templateKey ? await inputFromTemplate(ctx, membership.organisationId, body.templateKey, locales) : {};
  const parsed = surveyInputSchema.safeParse({ ...fromTemplate, ...stripUndefined(body), locales });
  if (!parsed.success) {
    throw new AppError("validation_failed", "The survey is not valid.", parsed.error.issues.map((i) => ({ path: ["body", ...i.path.map(String)].join("."), message: i.message })));
  }
  return createSurvey(ctx, session, membership, parsed.data);
}

/** A change from a PATCH body: the fields it leaves out stay as they are. */
export async function changeSurvey(ctx: AppContext, membership: Membership, surveyId: string, body: Partial<SurveyInput>): Promise<Survey> {
  return updateSurvey(ctx, membership, surveyId, stripUndefined(body));
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
