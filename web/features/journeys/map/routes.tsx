/** Route of the journey map: /journeys/$journeyId, inside the signed-in shell. */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../../app/base-routes";
import { JourneyMapPage } from "./journey-map-page";

const journeyMapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/journeys/$journeyId",
  component: JourneyMapRouteComponent,
});

function JourneyMapRouteComponent() {
  const { journeyId } = journeyMapRoute.useParams();
  return <JourneyMapPage key={journeyId} journeyId={journeyId} />;
}

export const journeyMapRoutes = [journeyMapRoute] as const;
