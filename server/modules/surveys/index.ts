/** The surveys feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerSurveyRoutes } from "./surveys.routes.js";
import { registerSurveyResultRoutes } from "./results.routes.js";
import { registerSurveyDashboardRoutes } from "./dashboard.routes.js";
import { registerSurveyWaveRoutes } from "./waves.routes.js";
import { surveyReminderJob } from "./invitations.service.js";
import { surveyRelaunchJob } from "./waves.service.js";
import { startAnsweredMarking } from "./answered-marks.js";
import { startScoreRollups } from "./rollups.js";

export const feature = defineFeature({
  name: "surveys",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerSurveyRoutes(v1, ctx);
        registerSurveyResultRoutes(v1, ctx);
        registerSurveyDashboardRoutes(v1, ctx);
        registerSurveyWaveRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
  jobs: (ctx) => [
    { kind: "survey.remind", run: surveyReminderJob(ctx) },
    { kind: "survey.relaunch", run: surveyRelaunchJob(ctx) },
  ],
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
