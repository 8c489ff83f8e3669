/** Routes of the journeys area: list and creation, versions and diff, impact graph and domino. */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../app/base-routes";
import { ImpactGraphPage } from "./graph/impact-graph-page";
import { JourneyListPage } from "./list/journey-list-page";
import { VersionsPage } from "./versions/versions-page";

const journeyListRoute = createRoute({ getParentRoute: () => appRoute, path: "/journeys", component: JourneyListPage });

const journeyVersionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/journeys/$journeyId/versions",
  component: function JourneyVersionsRoute() {
    const { journeyId } = journeyVersionsRoute.useParams();
    return <VersionsPage journeyId={journeyId} />;
  },
});

const journeyGraphRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/journeys/$journeyId/graph",
  component: function JourneyGraphRoute() {
    const { journeyId } = journeyGraphRoute.useParams();
    return <ImpactGraphPage journeyId={journeyId} />;
  },
});

export const journeyRoutes = [journeyListRoute, journeyVersionsRoute, journeyGraphRoute] as const;
