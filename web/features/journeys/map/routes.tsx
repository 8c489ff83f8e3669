/** Route of the journey map: /journeys/$journeyId, inside the signed-in shell (the page loaded when opened). */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../../app/base-routes";
import { lazyPage, preloading } from "../../../app/lazy-page";

// The map with its drag and drop (dnd-kit); the PDF export (jspdf) is a further chunk, loaded on export.
const JourneyMapPage = lazyPage(() => import("./journey-map-page"), "JourneyMapPage", ["journeyMap"]);

const journeyMapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/journeys/$journeyId",
  component: preloading(JourneyMapRouteComponent, JourneyMapPage),
});

function JourneyMapRouteComponent() {
  const { journeyId } = journeyMapRoute.useParams();
  return <JourneyMapPage key={journeyId} journeyId={journeyId} />;
}

export const journeyMapRoutes = [journeyMapRoute] as const;
