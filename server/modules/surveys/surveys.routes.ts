/** Surveys of an organisation: build, open and close them; public link, QR code, invitations and their reminders. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import QRCode from "qrcode";
import { surveysContract as contract } from "../../../shared/contracts/surveys.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { inviteRecipients, listInvitations } from "./invitations.service.js";
import { reminderSchedule, remindNow } from "./reminders.service.js";
import { changeSurvey, createSurveyFrom, deleteSurvey, getSurvey, listSurveys, listTemplates, rotatePublicLink, setSurveyStatus } from "./surveys.service.js";

export function registerSurveyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.templates, async ({ caller, query }) => listTemplates(ctx, caller.membership.organisationId, query.locale));

  on(contract.list, async ({ caller }) => listSurveys(ctx, caller.membership.organisationId));

  on(contract.create, async ({ caller, body }) => createSurveyFrom(ctx, caller.session, caller.membership, body));

  on(contract.get, async ({ caller, params }) => getSurvey(ctx, caller.membership.organisationId, params.surveyId));

  on(contract.update, async ({ caller, params, body }) => changeSurvey(ctx, caller.membership, params.surveyId, body));

  on(contract.open, async ({ caller, params }) => setSurveyStatus(ctx, caller.session, caller.membership, params.surveyId, "open"));

  on(contract.close, async ({ caller, params }) => setSurveyStatus(ctx, caller.session, caller.membership, params.surveyId, "closed"));

  on(contract.rotateLink, async ({ caller, params }) => rotatePublicLink(ctx, caller.membership, params.surveyId));

  on(contract.remove, async ({ caller, params }) => {
    await deleteSurvey(ctx, caller.session, caller.membership, params.surveyId);
  });

  on(contract.qrCode, async ({ caller, params, reply }) => {
    const survey = await getSurvey(ctx, caller.membership.organisationId, params.surveyId);
    const disposition = `attachment; filename="questionnaire-${survey.id.slice(0, 8)}.${params.format}"`;
    if (params.format === "svg") {
      return reply
        .type("image/svg+xml")
        .header("content-disposition", disposition)
        .send(await QRCode.toString(survey.publicUrl, { type: "svg", margin: 2, errorCorrectionLevel: "M" }));
    }
    return reply
      .type("image/png")
      .header("content-disposition", disposition)
      .send(await QRCode.toBuffer(survey.publicUrl, { type: "png", width: 1024, margin: 2, errorCorrectionLevel: "M" }));
  });

  on(contract.listInvitations, async ({ caller, params }) => listInvitations(ctx, caller.membership.organisationId, params.surveyId));

  on(contract.reminders, async ({ caller, params }) => reminderSchedule(ctx, caller.membership.organisationId, params.surveyId));

  on(contract.remindNow, async ({ caller, params }) => remindNow(ctx, caller.membership, params.surveyId));

  // A CSV file of 2,000 rows may be larger than the default body limit.
  on(contract.invite, async ({ caller, params, body }) => inviteRecipients(ctx, caller.membership, params.surveyId, body), { bodyLimit: 4 * 1024 * 1024 });
}
