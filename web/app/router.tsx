/**
 * The route tree (code-based): public pages, the signed-in shell, and the administration. Every
 * page is loaded when its route is first opened (lazyPage); the route definitions — paths, search
 * validation, guards — stay in the first load.
 */
import { createRoute, createRouter, redirect } from "@tanstack/react-router";
import { Loading } from "../components/ui/loading";
import { validateRedirectSearch } from "../lib/safe-redirect";
import { ecosystemRoutes } from "../features/ecosystem/routes";
import { journeyMapRoutes } from "../features/journeys/map/routes";
import { journeyRoutes } from "../features/journeys/routes";
import { surveyRoutes } from "../features/surveys/routes";
import { workshopLiveRoutes } from "../features/workshops/live/routes";
import { workshopRoutes } from "../features/workshops/routes";
import { appRoute, rootRoute } from "./base-routes";
import { lazyPage } from "./lazy-page";
import { queryClient } from "./query-client";

const SignInPage = lazyPage(() => import("../features/auth/sign-in-page"), "SignInPage");
const SignUpPage = lazyPage(() => import("../features/auth/sign-up-page"), "SignUpPage");
const ForgotPasswordPage = lazyPage(() => import("../features/auth/forgot-password-page"), "ForgotPasswordPage");
const ResetPasswordPage = lazyPage(() => import("../features/auth/reset-password-page"), "ResetPasswordPage");
const WelcomePage = lazyPage(() => import("../features/auth/welcome-page"), "WelcomePage");
const InvitationPage = lazyPage(() => import("../features/organisations/invitation-page"), "InvitationPage");
const HomePage = lazyPage(() => import("../features/home/home-page"), "HomePage");
const NewOrganisationPage = lazyPage(() => import("../features/organisations/new-organisation-page"), "NewOrganisationPage");
const AccountPage = lazyPage(() => import("../features/account/account-page"), "AccountPage");
const GuestPage = lazyPage(() => import("../features/guest/guest-page"), "GuestPage", ["workshops"]);
const AdminLayout = lazyPage(() => import("../features/admin/admin-layout"), "AdminLayout", ["admin"]);
const MembersPage = lazyPage(() => import("../features/admin/members-page"), "MembersPage", ["admin"]);
const SettingsPage = lazyPage(() => import("../features/admin/settings-page"), "SettingsPage", ["admin"]);
const AuditPage = lazyPage(() => import("../features/admin/audit-page"), "AuditPage", ["admin"]);
const OutboxPage = lazyPage(() => import("../features/admin/outbox-page"), "OutboxPage", ["admin"]);
const WebhooksPage = lazyPage(() => import("../features/admin/webhooks-page"), "WebhooksPage", ["admin"]);

/**
 * Once someone starts using the sign-in page (types, taps), the signed-in shell and home page are
 * fetched, so that signing in does not then wait for them; they are not part of the page's own load.
 */
function preloadShellOnFirstInput() {
  const events = ["pointerdown", "keydown", "input"] as const;
  const preload = () => {
    for (const event of events) document.removeEventListener(event, preload, true);
    for (const route of [appRoute, homeRoute]) void router.loadRouteChunk(route);
    void import("../lib/queries"); // what the shell's session check imports
  };
  for (const event of events) document.addEventListener(event, preload, { capture: true, passive: true });
}

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  // `error`: set by the server when an e-mailed link (sign-in, confirmation, SSO) could not be used.
  validateSearch: (search: Record<string, unknown>): { redirect?: string; error?: string } => ({
    ...validateRedirectSearch(search),
    ...(typeof search.error === "string" ? { error: search.error.slice(0, 80) } : {}),
  }),
  onEnter: preloadShellOnFirstInput,
  component: SignInPage,
});
const signUpRoute = createRoute({ getParentRoute: () => rootRoute, path: "/sign-up", validateSearch: validateRedirectSearch, component: SignUpPage });
const forgotPasswordRoute = createRoute({ getParentRoute: () => rootRoute, path: "/forgot-password", component: ForgotPasswordPage });
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: (search: Record<string, unknown>): { token?: string; error?: string } => ({
    ...(typeof search.token === "string" ? { token: search.token } : {}),
    ...(typeof search.error === "string" ? { error: search.error } : {}),
  }),
  component: ResetPasswordPage,
});
const invitationRoute = createRoute({ getParentRoute: () => rootRoute, path: "/invitations/$invitationId", component: InvitationPage });
const welcomeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/welcome",
  validateSearch: (search: Record<string, unknown>): { next?: string } => (typeof search.next === "string" ? { next: search.next } : {}),
  component: WelcomePage,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: "/", component: HomePage });
const newOrganisationRoute = createRoute({ getParentRoute: () => appRoute, path: "/organisations/new", component: NewOrganisationPage });
const accountRoute = createRoute({ getParentRoute: () => appRoute, path: "/account", component: AccountPage });
const guestRoute = createRoute({ getParentRoute: () => appRoute, path: "/guest", component: GuestPage });

const adminRoute = createRoute({ getParentRoute: () => appRoute, path: "/admin", component: AdminLayout });
const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/admin/members" });
  },
});
const membersRoute = createRoute({ getParentRoute: () => adminRoute, path: "/members", component: MembersPage });
const settingsRoute = createRoute({ getParentRoute: () => adminRoute, path: "/settings", component: SettingsPage });
const auditRoute = createRoute({ getParentRoute: () => adminRoute, path: "/audit", component: AuditPage });
const outboxRoute = createRoute({ getParentRoute: () => adminRoute, path: "/outbox", component: OutboxPage });
const webhooksRoute = createRoute({ getParentRoute: () => adminRoute, path: "/webhooks", component: WebhooksPage });

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  invitationRoute,
  welcomeRoute,
  ...workshopLiveRoutes,
  appRoute.addChildren([
    homeRoute,
    newOrganisationRoute,
    ...journeyRoutes,
    ...journeyMapRoutes,
    ...ecosystemRoutes,
    ...workshopRoutes,
    ...surveyRoutes,
    accountRoute,
    guestRoute,
    adminRoute.addChildren([adminIndexRoute, membersRoute, settingsRoute, auditRoute, outboxRoute, webhooksRoute]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: "intent",
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
  // Shown while a page's chunk (or its data) takes longer than a second.
  defaultPendingComponent: Loading,
});

// The first page's chunks are fetched at once, alongside the session check (not after it).
for (const route of router.getMatchedRoutes(window.location.pathname)[0]) void router.loadRouteChunk(route);

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
