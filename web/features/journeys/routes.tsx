/** Routes of the journeys area: list and creation, versions and diff, impact graph and domino (pages loaded when opened). */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../app/base-routes";
import { lazyPage, preloading } from "../../app/lazy-page";

const JourneyListPage = lazyPage(() => import("./list/journey-list-page"), "JourneyListPage", ["journeys"]);
const VersionsPage = lazyPage(() => import("./versions/versions-page"), "VersionsPage", ["journeys"]);
// The graph (@xyflow/react) is only in this page's chunk.
const ImpactGraphPage = lazyPage(() => import("./graph/impact-graph-page"), "ImpactGraphPage", ["journeys"]);

const journeyListRoute = createRoute({ getParentRoute: () => appRoute, path: "/journeys", component: JourneyListPage });

const journeyVersionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/journeys/$journeyId/versions",
  component: preloading(function JourneyVersionsRoute() {
    const { journeyId } = journeyVersionsRoute.useParams();
    return <VersionsPage journeyId={journeyId} />;
  }, VersionsPage),
});

const journeyGraphRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/journeys/$journeyId/graph",
  component: preloading(function JourneyGraphRoute() {
    const { journeyId } = journeyGraphRoute.useParams();
    return <ImpactGraphPage journeyId={journeyId} />;
  }, ImpactGraphPage),
});

export const journeyRoutes = [journeyListRoute, journeyVersionsRoute, journeyGraphRoute] as const;
