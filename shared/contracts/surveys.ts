/**
 * The surveys feature's endpoints: building and opening surveys, their public link and QR code,
 * personal invitations, results, free-text answers, exports, waves, follow-up tasks, the
 * organisation's dashboard and the measures shown on a journey map.
 */
import { z } from "zod";
import { csvQuerySchema } from "../schemas/csv.js";
import { localeSchema, orgParamsSchema, patchOf } from "../schemas/common.js";
import { surveyWavesSchema } from "../schemas/survey-waves.js";
import { surveyInputSchema, surveySchema } from "../schemas/surveys.js";
import {
  breakdownSchema,
  dashboardQuerySchema,
  dashboardSchema,
  followUpStatusSchema,
  followUpTaskSchema,
  invitationReportSchema,
  remindNowReportSchema,
  reminderScheduleSchema,
  inviteRecipientsSchema,
  journeyMeasuresSchema,
  surveyInvitationSchema,
  surveyResultsSchema,
  surveyTemplateSummarySchema,
  verbatimsQuerySchema,
  verbatimsSchema,
} from "../schemas/surveys-results.js";
import { contractsFor } from "./endpoint.js";

const surveyParams = z.object({ orgId: z.string().min(1), surveyId: z.string().uuid() });
const api = contractsFor({ tag: "surveys", base: "/api/v1/organisations/:orgId" });
const survey = contractsFor({ tag: "surveys", base: "/api/v1/organisations/:orgId/surveys/:surveyId", params: surveyParams });

const resultTags = ["survey results"];

export const surveysContract = {
  templates: api.get("/survey-templates", "Survey templates", "survey.read", {
    query: z.object({ locale: localeSchema.default("fr") }),
    response: z.array(surveyTemplateSummarySchema),
  }),
  list: api.get("/surveys", "Surveys", "survey.read", { response: z.array(surveySchema) }),
  // Everything optional (no defaults here), so a template fills what the body leaves out.
  create: api.post("/surveys", "Create a survey (blank or from a template)", "survey.manage", {
    body: patchOf(surveyInputSchema),
    response: surveySchema,
    status: 201,
  }),
  get: survey.get("", "One survey", "survey.read", { response: surveySchema }),
  update: survey.patch("", "Change a survey (questions only before the first answer)", "survey.manage", {
    body: patchOf(surveyInputSchema),
    response: surveySchema,
  }),
  open: survey.post("/open", "Open the survey to answers", "survey.manage", { response: surveySchema }),
  close: survey.post("/close", "Close the survey", "survey.manage", { response: surveySchema }),
  rotateLink: survey.post("/rotate-link", "Replace the public link (old links and QR codes stop working)", "survey.manage", { response: surveySchema }),
  remove: survey.delete("", "Delete a survey and its answers", "survey.manage", { response: null }),
  qrCode: survey.get("/qr.:format", "QR code of the public link (PNG or SVG)", "survey.read", {
    params: surveyParams.extend({ format: z.enum(["png", "svg"]) }),
    response: { file: "image/png" },
  }),
  listInvitations: survey.get("/invitations", "Personal invitations and who has answered", "survey.manage", { response: z.array(surveyInvitationSchema) }),
  invite: survey.post("/invitations", "Invite people by e-mail: a list, or a CSV file (email;name;locale) with a report of refused rows", "survey.manage", {
    body: inviteRecipientsSchema,
    response: invitationReportSchema,
  }),
  reminders: survey.get("/reminders", "Planned reminders (dates, how many people each will reach) and those sent", "survey.manage", {
    response: reminderScheduleSchema,
  }),
  remindNow: survey.post("/reminders/now", "Remind now the invitees who have not answered (not twice in 24 hours, within the daily e-mail quota)", "survey.manage", {
    response: remindNowReportSchema,
  }),
  waves: survey.get("/waves", "Waves of a recurring survey, with their response rates and scores", "survey.read", { response: surveyWavesSchema }),
  results: survey.get("/results", "Scores (NPS with 95 % interval, top-2 box, effort), overall or broken down", "survey.read", {
    tags: resultTags,
    query: z.object({ by: breakdownSchema.default("none") }),
    response: surveyResultsSchema,
  }),
  verbatims: survey.get("/verbatims", "Free-text answers, with search", "survey.read", {
    tags: resultTags,
    query: verbatimsQuerySchema,
    response: verbatimsSchema,
  }),
  exportResponses: survey.get("/responses.:format", "All complete answers as CSV (comma, or semicolon for French Excel) or XLSX (no identity for anonymous surveys)", "survey.manage", {
    tags: resultTags,
    params: surveyParams.extend({ format: z.enum(["csv", "xlsx"]) }),
    query: csvQuerySchema,
    response: { file: "text/csv" },
  }),
  followUpTasks: api.get("/follow-up-tasks", "Follow-up tasks opened by dissatisfied answers", "survey.read", {
    tags: resultTags,
    query: z.object({ status: followUpStatusSchema.optional() }),
    response: z.array(followUpTaskSchema),
  }),
  setFollowUpStatus: api.patch("/follow-up-tasks/:taskId", "Mark a follow-up task done (or open again)", "survey.manage", {
    tags: resultTags,
    params: orgParamsSchema.extend({ taskId: z.string().uuid() }),
    body: z.object({ status: followUpStatusSchema }),
    response: followUpTaskSchema,
  }),
  dashboard: api.get("/survey-dashboard", "Indicators across surveys, broken down (groups under the minimum size are masked)", "survey.read", {
    tags: resultTags,
    params: z.object({ orgId: z.string().min(1) }),
    query: dashboardQuerySchema,
    response: dashboardSchema,
  }),
  journeyMeasures: api.get(
    "/journeys/:journeyId/measures",
    "Measured satisfaction per step and stakeholder type, its mean and the measured emotion (−2…+2)",
    "journey.read",
    { tags: resultTags, params: z.object({ orgId: z.string().min(1), journeyId: z.string().uuid() }), response: journeyMeasuresSchema },
  ),
};
