/** Routes of the surveys & indicators area: the dashboard and list, a new survey, and one survey in tabs. */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../app/base-routes";
import { NewSurveyPage } from "./new-survey-page";
import { SurveyPage, validateSurveySearch } from "./survey-page";
import { SurveysPage } from "./surveys-page";

const surveysRoute = createRoute({ getParentRoute: () => appRoute, path: "/surveys", component: SurveysPage });
const newSurveyRoute = createRoute({ getParentRoute: () => appRoute, path: "/surveys/new", component: NewSurveyPage });
const surveyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/surveys/$surveyId",
  validateSearch: validateSurveySearch,
  component: function SurveyRoute() {
    const { surveyId } = surveyRoute.useParams();
    const { tab } = surveyRoute.useSearch();
    return <SurveyPage surveyId={surveyId} tab={tab} />;
  },
});

export const surveyRoutes = [surveysRoute, newSurveyRoute, surveyRoute] as const;
