/** The root route and the signed-in shell, which feature route modules attach to. */
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, Outlet, redirect } from "@tanstack/react-router";
import type { Me } from "../../shared/schemas/me.js";
import { isApiError } from "../lib/api";
import { lazyPage } from "./lazy-page";
import { NotFoundPage, RouteErrorPage } from "./route-pages";

export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

/** The signed-in shell (header, navigation), loaded alongside the first signed-in page; its navigation names admin pages. */
const AppLayout = lazyPage(() => import("./app-layout"), "AppLayout", ["admin"]);

/** Pages a guest (outside stakeholder) may open. */
const guestPaths = ["/guest", "/account", "/organisations/new"];

export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    // The session query (with the API contracts it is typed from, and zod) loads with the shell, not
    // in the first load: the sign-in page does without.
    const { activeMembership, meQuery } = await import("../lib/queries");
    let me: Me;
    try {
      me = await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        throw redirect({ to: "/sign-in", search: { redirect: location.href } });
      }
      throw error;
    }
    const membership = activeMembership(me);
    if (membership?.role === "guest" && !guestPaths.includes(location.pathname)) {
      throw redirect({ to: "/guest" });
    }
    return { me };
  },
  component: AppLayout,
  errorComponent: RouteErrorPage,
});
