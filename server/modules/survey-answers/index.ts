/** The survey-answers feature: its public surface (docs/architecture.md, "Features"). */
// The event first: a subscriber reached while this feature's routes are still loading (surveys,
// whose tokens and marks answering uses) finds it already evaluated.
export { type AnswerCompleted, type AnswerPreview, type AnsweredSurvey, answerCompleted } from "./answer-events.js";
export { type AnswerError, type AnswerValue, followUpReason, type Question, type StoredAnswer } from "./validate.js";

import { defineFeature } from "../../platform/feature.js";
import { registerSurveyAnswerRoutes } from "./answers.routes.js";

export const feature = defineFeature({
  name: "survey-answers",
  routes: (app, ctx) => registerSurveyAnswerRoutes(app, ctx),
});
