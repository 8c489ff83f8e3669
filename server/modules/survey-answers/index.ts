/** The survey-answers feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerSurveyAnswerRoutes } from "./answers.routes.js";

export const feature = defineFeature({
  name: "survey-answers",
  routes: (app, ctx) => registerSurveyAnswerRoutes(app, ctx),
});
