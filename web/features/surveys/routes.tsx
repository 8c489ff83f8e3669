/** Routes of the surveys & indicators area: the dashboard and list, a new survey, and one survey in tabs (pages loaded when opened). */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../app/base-routes";
import { lazyPage, preloading } from "../../app/lazy-page";
import type { SurveyTab } from "./survey-page";

const SurveysPage = lazyPage(() => import("./surveys-page"), "SurveysPage", ["surveys"]);
const NewSurveyPage = lazyPage(() => import("./new-survey-page"), "NewSurveyPage", ["surveys"]);
const SurveyPage = lazyPage(() => import("./survey-page"), "SurveyPage", ["surveys"]);

/** The survey's tabs. Here, not imported from the page (that would put it in the first load); a tab added to SurveyTab fails typecheck until listed. */
const surveyTabs: Record<SurveyTab, true> = { questions: true, diffusion: true, results: true };
const isSurveyTab = (value: unknown): value is SurveyTab => typeof value === "string" && Object.hasOwn(surveyTabs, value);

const surveysRoute = createRoute({ getParentRoute: () => appRoute, path: "/surveys", component: SurveysPage });
const newSurveyRoute = createRoute({ getParentRoute: () => appRoute, path: "/surveys/new", component: NewSurveyPage });
const surveyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/surveys/$surveyId",
  validateSearch: (search: Record<string, unknown>): { tab?: SurveyTab } => (isSurveyTab(search.tab) ? { tab: search.tab } : {}),
  component: preloading(function SurveyRoute() {
    const { surveyId } = surveyRoute.useParams();
    const { tab } = surveyRoute.useSearch();
    return <SurveyPage surveyId={surveyId} tab={tab} />;
  }, SurveyPage),
});

export const surveyRoutes = [surveysRoute, newSurveyRoute, surveyRoute] as const;
