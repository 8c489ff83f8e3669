/** Survey results: scores with their breakdowns, free-text answers, CSV/XLSX exports, follow-up tasks. */
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { followUpTasks, journeySteps, surveyInvitations, surveyQuestions, surveyResponses } from "../../db/schema.js";
import { notFound } from "../../platform/problem.js";
import { breakdowns, surveyResults } from "./results.service.js";
import { findSurvey } from "./surveys.queries.js";

const surveyParams = z.object({ orgId: z.string().min(1), surveyId: z.string().uuid() });

export function registerSurveyResultRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["survey results"];
  const base = "/organisations/:orgId/surveys/:surveyId";

  r.get(
    `${base}/results`,
    { schema: { tags, summary: "Scores (NPS with 95 % interval, top-2 box, effort), overall or broken down", params: surveyParams, querystring: z.object({ by: z.enum(breakdowns).default("none") }) } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.read");
      const results = await surveyResults(ctx, membership.organisationId, request.params.surveyId, request.query.by);
      const [responded] = await ctx.db
        .select({ n: count() })
        .from(surveyInvitations)
        .where(and(eq(surveyInvitations.organisationId, membership.organisationId), eq(surveyInvitations.surveyId, request.params.surveyId), eq(surveyInvitations.hasResponded, true)));
      return { ...results, responseRate: results.invitationCount > 0 ? (responded?.n ?? 0) / results.invitationCount : null };
    },
  );

  r.get(
    `${base}/verbatims`,
    { schema: { tags, summary: "Free-text answers, with search", params: surveyParams, querystring: z.object({ q: z.string().trim().max(100).optional(), questionId: z.string().uuid().optional() }) } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.read");
      const survey = await findSurvey(ctx.db, membership.organisationId, request.params.surveyId);
      if (!survey) throw notFound("survey");
      const [total] = await ctx.db
        .select({ n: count() })
        .from(surveyResponses)
        .where(and(eq(surveyResponses.organisationId, membership.organisationId), eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.status, "complete")));
      // Below the minimum group size, even free text could tell people apart: show none.
      if ((total?.n ?? 0) < survey.minGroupSize) return { status: "too_few", n: total?.n ?? 0, items: [] };
      const text = sql<string>`${surveyResponses.answers} ->> ${surveyQuestions.id}::text`;
      const search = request.query.q ? sql`unaccent(${text}) ILIKE unaccent(${`%${request.query.q.replace(/[%_\\]/g, "\\$&")}%`})` : undefined;
      const rows = await ctx.db
        .select({ questionId: surveyQuestions.id, text, submittedOn: surveyResponses.submittedOn, cohort: surveyResponses.cohort })
        .from(surveyResponses)
        .innerJoin(surveyQuestions, and(eq(surveyQuestions.surveyId, surveyResponses.surveyId), eq(surveyQuestions.kind, "text")))
        .where(
          and(
            eq(surveyResponses.organisationId, membership.organisationId),
            eq(surveyResponses.surveyId, survey.id),
            eq(surveyResponses.status, "complete"),
            sql`coalesce(${text}, '') <> ''`,
            request.query.questionId ? eq(surveyQuestions.id, request.query.questionId) : undefined,
            search,
          ),
        )
        // Then by the random id: never the order answers were written in (anonymity).
        .orderBy(desc(surveyResponses.submittedOn), asc(surveyResponses.id))
        .limit(500);
      return { status: "ok", n: total?.n ?? 0, items: rows };
    },
  );

  r.get(
    `${base}/responses.:format`,
    { schema: { tags, summary: "All complete answers as CSV or XLSX (no identity for anonymous surveys)", params: surveyParams.extend({ format: z.enum(["csv", "xlsx"]) }) } },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.manage");
      const survey = await findSurvey(ctx.db, membership.organisationId, request.params.surveyId);
      if (!survey) throw notFound("survey");
      const questions = await ctx.db.select().from(surveyQuestions).where(and(eq(surveyQuestions.organisationId, membership.organisationId), eq(surveyQuestions.surveyId, survey.id))).orderBy(asc(surveyQuestions.position));
      const responses = await ctx.db
        .select()
        .from(surveyResponses)
        .where(and(eq(surveyResponses.organisationId, membership.organisationId), eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.status, "complete")))
        .orderBy(asc(surveyResponses.submittedOn), asc(surveyResponses.id));
      const locale = survey.locales[0] === "en" ? "en" : "fr";
      const header = [locale === "en" ? "Date" : "Date", ...(survey.isAnonymous ? [] : [locale === "en" ? "E-mail" : "Courriel"]), locale === "en" ? "Cohort" : "Promotion", ...questions.map((q) => q.label[locale] ?? q.label.fr ?? q.label.en ?? "")];
      const rows = responses.map((response) => [
        // An anonymous answer is dated by its month only (survey-answers/answers.service.ts).
        (survey.isAnonymous ? response.submittedOn?.slice(0, 7) : response.submittedOn) ?? "",
        ...(survey.isAnonymous ? [] : [response.respondentEmail ?? ""]),
        response.cohort,
        ...questions.map((q) => {
          const value = response.answers[q.id];
          return value === undefined ? "" : Array.isArray(value) ? value.join(", ") : String(value);
        }),
      ]);
      const filename = `reponses-${survey.id.slice(0, 8)}.${request.params.format}`;
      if (request.params.format === "csv") {
        return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${filename}"`).send(`\uFEFF${stringify([header, ...rows], { escape_formulas: true })}`);
      }
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(locale === "en" ? "Answers" : "Réponses");
      sheet.addRow(header).font = { bold: true };
      for (const row of rows) sheet.addRow(row.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      return reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").header("content-disposition", `attachment; filename="${filename}"`).send(buffer);
    },
  );

  r.get(
    "/organisations/:orgId/follow-up-tasks",
    { schema: { tags, summary: "Follow-up tasks opened by dissatisfied answers", params: orgParamsSchema, querystring: z.object({ status: z.enum(["open", "done"]).optional() }) } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.read");
      const rows = await ctx.db
        .select({ task: followUpTasks, stepTitle: journeySteps.title, respondentEmail: surveyResponses.respondentEmail })
        .from(followUpTasks)
        .leftJoin(journeySteps, eq(journeySteps.id, followUpTasks.stepId))
        .innerJoin(surveyResponses, eq(surveyResponses.id, followUpTasks.responseId))
        .where(and(eq(followUpTasks.organisationId, membership.organisationId), request.query.status ? eq(followUpTasks.status, request.query.status) : undefined))
        .orderBy(asc(followUpTasks.dueOn));
      return rows.map((row) => ({ ...row.task, createdAt: row.task.createdAt.toISOString(), stepTitle: row.stepTitle, respondentEmail: row.respondentEmail }));
    },
  );

  r.patch(
    "/organisations/:orgId/follow-up-tasks/:taskId",
    { schema: { tags, summary: "Mark a follow-up task done (or open again)", params: orgParamsSchema.extend({ taskId: z.string().uuid() }), body: z.object({ status: z.enum(["open", "done"]) }) } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.manage");
      const [row] = await ctx.db
        .update(followUpTasks)
        .set({ status: request.body.status })
        .where(and(eq(followUpTasks.organisationId, membership.organisationId), eq(followUpTasks.id, request.params.taskId)))
        .returning();
      if (!row) throw notFound("task");
      return { ...row, createdAt: row.createdAt.toISOString() };
    },
  );
}
