/** The surveys feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { handleJob } from "../../platform/jobs.js";
import { answerSubscriptions } from "./answer-subscriptions.js";
import { startAnsweredMarking } from "./answered-marks.js";
import { registerSurveyDashboardRoutes } from "./dashboard.routes.js";
import { surveyReminderJob } from "./invitations.service.js";
import { registerSurveyResultRoutes } from "./results.routes.js";
import { startScoreRollups } from "./rollups.js";
import { surveyRelaunch, surveyRemind } from "./surveys.jobs.js";
import { registerSurveyRoutes } from "./surveys.routes.js";
import { relaunchSurvey } from "./waves.service.js";
import { registerSurveyWaveRoutes } from "./waves.routes.js";

/** For answering (survey-answers): the tokens of links and the marks of anonymous answers through an invitation. */
export { hashToken, invitationToken, newToken } from "./tokens.js";
export { hasAnsweredMark, insertAnsweredMark } from "./answered-marks.js";
/** For a workshop's facts pack (workshops) and the benchmark: the measures of a journey and the dashboard. */
export { journeyMeasures, organisationDashboard } from "./dashboard.service.js";
export { rollUpScores } from "./rollups.js";

export const feature = defineFeature({
  name: "surveys",
  routes: (app, ctx) => {
    registerSurveyRoutes(app, ctx);
    registerSurveyResultRoutes(app, ctx);
    registerSurveyDashboardRoutes(app, ctx);
    registerSurveyWaveRoutes(app, ctx);
  },
  jobs: (ctx) => [
    handleJob(surveyRemind, surveyReminderJob(ctx)),
    handleJob(surveyRelaunch, async (payload) => {
      await relaunchSurvey(ctx, payload.surveyId);
    }),
  ],
  // Read at boot, once every module has loaded (answer-subscriptions.ts says why).
  get subscriptions() {
    return answerSubscriptions();
  },
  start: (ctx) => {
    const rollups = startScoreRollups(ctx.db, (error) => ctx.log.warn({ err: String(error) }, "score roll-up failed"));
    const marks = startAnsweredMarking(ctx.db, ctx.env.secret, (error) => ctx.log.warn({ err: String(error) }, "answered marks failed"));
    return {
      stop: async () => {
        await rollups.stop();
        await marks.stop();
      },
    };
  },
});
