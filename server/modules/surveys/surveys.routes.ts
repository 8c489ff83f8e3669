/** /organisations/:orgId/surveys: build, open and close surveys; public link, QR code, invitations. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import QRCode from "qrcode";
import { z } from "zod";
import { orgParamsSchema, patchOf } from "../../../shared/schemas/common.js";
import { surveyInputSchema, surveySchema } from "../../../shared/schemas/surveys.js";
import { surveyTemplates } from "../../../shared/surveys/templates.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { AppError } from "../../platform/problem.js";
import { inviteRecipients, listInvitations, maxRecipientsPerImport, parseRecipientsCsv, recipientSchema } from "./invitations.service.js";
import { createSurvey, deleteSurvey, getSurvey, inputFromTemplate, listSurveys, rotatePublicLink, setSurveyStatus, updateSurvey } from "./surveys.service.js";

const surveyParams = z.object({ orgId: z.string().min(1), surveyId: z.string().uuid() });
/** Creation: everything optional (no defaults here), so a template fills what the body leaves out. */
const createBodySchema = patchOf(surveyInputSchema);

export function registerSurveyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["surveys"];
  const base = "/organisations/:orgId/surveys";

  r.get(
    "/organisations/:orgId/survey-templates",
    { schema: { tags, summary: "Survey templates", params: orgParamsSchema, querystring: z.object({ locale: z.enum(["fr", "en"]).default("fr") }) } },
    async (request) => {
      await requireAbility(ctx, request, request.params.orgId, "survey.read");
      const locale = request.query.locale;
      return surveyTemplates.map((t) => ({ key: t.key, title: t.title[locale], description: t.description[locale], recurrence: t.recurrence, isAnonymous: t.isAnonymous, questionCount: t.questions.length }));
    },
  );

  r.get(base, { schema: { tags, summary: "Surveys", params: orgParamsSchema, response: { 200: z.array(surveySchema) } } }, async (request) => {
    const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.read");
    return listSurveys(ctx, membership.organisationId);
  });

  r.post(
    base,
    { schema: { tags, summary: "Create a survey (blank or from a template)", params: orgParamsSchema, body: createBodySchema, response: { 201: surveySchema } } },
    async (request, reply) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "survey.manage");
      const locales = request.body.locales ?? [session.user.locale === "en" ? "en" : "fr"];
      const fromTemplate = request.body.templateKey ? await inputFromTemplate(ctx, membership.organisationId, request.body.templateKey, locales) : {};
      const parsed = surveyInputSchema.safeParse({ ...fromTemplate, ...stripUndefined(request.body), locales });
      if (!parsed.success) {
        throw new AppError("validation_failed", "The survey is not valid.", parsed.error.issues.map((i) => ({ path: ["body", ...i.path.map(String)].join("."), message: i.message })));
      }
      return reply.status(201).send(await createSurvey(ctx, session, membership, parsed.data));
    },
  );

  r.get(`${base}/:surveyId`, { schema: { tags, summary: "One survey", params: surveyParams, response: { 200: surveySchema } } }, async (request) => {
    const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.read");
    return getSurvey(ctx, membership.organisationId, request.params.surveyId);
  });

  r.patch(
    `${base}/:surveyId`,
    { schema: { tags, summary: "Change a survey (questions only before the first answer)", params: surveyParams, body: patchOf(surveyInputSchema), response: { 200: surveySchema } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.manage");
      return updateSurvey(ctx, membership, request.params.surveyId, stripUndefined(request.body));
    },
  );

  for (const status of ["open", "closed"] as const) {
    r.post(
      `${base}/:surveyId/${status === "open" ? "open" : "close"}`,
      { schema: { tags, summary: status === "open" ? "Open the survey to answers" : "Close the survey", params: surveyParams, response: { 200: surveySchema } } },
      async (request) => {
        const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "survey.manage");
        return setSurveyStatus(ctx, session, membership, request.params.surveyId, status);
      },
    );
  }

  r.post(`${base}/:surveyId/rotate-link`, { schema: { tags, summary: "Replace the public link (old links and QR codes stop working)", params: surveyParams, response: { 200: surveySchema } } }, async (request) => {
    const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.manage");
    return rotatePublicLink(ctx, membership, request.params.surveyId);
  });

  r.delete(`${base}/:surveyId`, { schema: { tags, summary: "Delete a survey and its answers", params: surveyParams, response: { 204: z.null() } } }, async (request, reply) => {
    const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "survey.manage");
    await deleteSurvey(ctx, session, membership, request.params.surveyId);
    return reply.status(204).send(null);
  });

  r.get(
    `${base}/:surveyId/qr.:format`,
    { schema: { tags, summary: "QR code of the public link (PNG or SVG)", params: surveyParams.extend({ format: z.enum(["png", "svg"]) }) } },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.read");
      const survey = await getSurvey(ctx, membership.organisationId, request.params.surveyId);
      const disposition = `attachment; filename="questionnaire-${survey.id.slice(0, 8)}.${request.params.format}"`;
      if (request.params.format === "svg") {
        return reply.type("image/svg+xml").header("content-disposition", disposition).send(await QRCode.toString(survey.publicUrl, { type: "svg", margin: 2, errorCorrectionLevel: "M" }));
      }
      return reply.type("image/png").header("content-disposition", disposition).send(await QRCode.toBuffer(survey.publicUrl, { type: "png", width: 1024, margin: 2, errorCorrectionLevel: "M" }));
    },
  );

  r.get(`${base}/:surveyId/invitations`, { schema: { tags, summary: "Personal invitations and who has answered", params: surveyParams } }, async (request) => {
    const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.manage");
    await getSurvey(ctx, membership.organisationId, request.params.surveyId);
    return listInvitations(ctx, membership.organisationId, request.params.surveyId);
  });

  r.post(
    `${base}/:surveyId/invitations`,
    {
      schema: {
        tags,
        summary: "Invite people by e-mail: a list, or a CSV file (email;name;locale) with a report of refused rows",
        params: surveyParams,
        body: z.object({ recipients: z.array(recipientSchema).max(maxRecipientsPerImport).optional(), csv: z.string().max(2_000_000).optional() }),
      },
      bodyLimit: 4 * 1024 * 1024,
    },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.manage");
      // Parsed and checked whole before anything is written; the list and the file count together.
      const listed = request.body.recipients ?? [];
      const fromCsv = request.body.csv ? parseRecipientsCsv(request.body.csv, listed.length) : { recipients: [], rejected: [] };
      const recipients = [...listed, ...fromCsv.recipients];
      if (recipients.length === 0 && fromCsv.rejected.length === 0) throw new AppError("validation_failed", "Give at least one recipient.", [{ path: "body.recipients", message: "empty" }]);
      const result = await inviteRecipients(ctx, membership, request.params.surveyId, recipients);
      return { ...result, rejected: fromCsv.rejected };
    },
  );
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
