/**
 * Route of the live room: /workshops/$workshopId/live. It sits outside the signed-in shell (a
 * focused, full-width room, fine on a phone) and lets outside guests in: people invited by e-mail
 * sign in by magic link with the organisation role "guest", which the shell would send to /guest.
 * The socket itself decides who may join (participants of the workshop, managers as observers).
 */
import { createRoute, redirect } from "@tanstack/react-router";
import { rootRoute } from "../../../app/base-routes";
import { RouteErrorPage } from "../../../app/route-pages";
import { isApiError } from "../../../lib/api";
import { lazyPage, preloading } from "../../../app/lazy-page";

// The room with its boards' drag and drop (dnd-kit), loaded when opened.
const LiveRoomPage = lazyPage(() => import("./live-room-page"), "LiveRoomPage", ["workshopLive"]);

const liveRoomRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/workshops/$workshopId/live",
  beforeLoad: async ({ context, location }) => {
    const { meQuery } = await import("../../../lib/queries");
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (isApiError(error) && error.status === 401) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
      throw error;
    }
  },
  component: preloading(function LiveRoomRoute() {
    const { workshopId } = liveRoomRoute.useParams();
    return <LiveRoomPage key={workshopId} workshopId={workshopId} />;
  }, LiveRoomPage),
  errorComponent: RouteErrorPage,
});

export const workshopLiveRoutes = [liveRoomRoute] as const;
