/** The surveys feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { handleJob } from "../../platform/jobs.js";
import { startPeriodicPass } from "../../platform/periodic.js";
import { answerSubscriptions } from "./answer-subscriptions.js";
import { startAnsweredMarking } from "./answered-marks.js";
import { registerSurveyAnswerRoutes } from "./answering/answers.routes.js";
import { registerSurveyDashboardRoutes } from "./dashboard.routes.js";
import { surveyReminderJob } from "./invitations.service.js";
import { registerSurveyResultRoutes } from "./results.routes.js";
import { rollUpScores } from "./rollups.queries.js";
import { surveyRelaunch, surveyRemind } from "./surveys.jobs.js";
import { registerSurveyRoutes } from "./surveys.routes.js";
import { registerSurveyWaveRoutes } from "./waves.routes.js";
import { relaunchSurvey } from "./waves.service.js";

/** The events other features subscribe to: an answer completed, a new wave opened. */
export { type AnswerCompleted, type AnsweredSurvey, type AnswerPreview, answerCompleted } from "./answering/answer-events.js";
export type { AnswerError, AnswerValue, Question, StoredAnswer } from "./answering/validate.js";
/** For a workshop's facts pack (workshops) and the benchmark: the measures of a journey and the dashboard. */
export { journeyMeasures, organisationDashboard } from "./dashboard.service.js";
/** For the home page (home feature): open follow-ups and the surveys closing soon. */
export { followUpTasks } from "./follow-up-tasks.service.js";
export { rollUpScores } from "./rollups.queries.js";
export { surveysOnSteps } from "./surveys.queries.js";
export { listSurveys } from "./surveys.service.js";
/** For the demo seed: the tokens of links. */
export { hashToken, invitationToken, newToken } from "./tokens.js";
export { type WaveOpened, waveOpened } from "./wave-events.js";

export const feature = defineFeature({
  name: "surveys",
  routes: async (app, ctx) => {
    registerSurveyRoutes(app, ctx);
    registerSurveyResultRoutes(app, ctx);
    registerSurveyDashboardRoutes(app, ctx);
    registerSurveyWaveRoutes(app, ctx);
    // The respondent's side (answering/): the public pages and the public JSON endpoint.
    await registerSurveyAnswerRoutes(app, ctx);
  },
  jobs: (ctx) => [
    handleJob(surveyRemind, surveyReminderJob(ctx)),
    handleJob(surveyRelaunch, async (payload) => {
      await relaunchSurvey(ctx, payload.surveyId);
    }),
  ],
  subscriptions: answerSubscriptions,
  start: (ctx) => {
    // One roll-up per tick: a pass counts everything written up to the oldest running transaction
    // (rollups.queries.ts), so looping would only chase the answers arriving meanwhile.
    const rollups = startPeriodicPass(
      () => rollUpScores(ctx.db),
      (error) => ctx.log.warn({ err: String(error) }, "score roll-up failed"),
      5000,
    );
    const marks = startAnsweredMarking(ctx.db, ctx.env.secret, (error) => ctx.log.warn({ err: String(error) }, "answered marks failed"));
    return {
      stop: async () => {
        await rollups.stop();
        await marks.stop();
      },
    };
  },
});
