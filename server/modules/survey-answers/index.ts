/** The survey-answers feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerSurveyAnswerRoutes } from "./answers.routes.js";

export { type AnswerCompleted, type AnswerPreview, type AnsweredSurvey, answerCompleted } from "./answer-completed.js";
export { type AnswerError, type AnswerValue, followUpReason, type Question, type StoredAnswer } from "./validate.js";

export const feature = defineFeature({
  name: "survey-answers",
  routes: (app, ctx) => registerSurveyAnswerRoutes(app, ctx),
});
