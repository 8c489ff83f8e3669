/** The route tree (code-based): public pages, the signed-in shell, and the administration. */
import { createRoute, createRouter, redirect } from "@tanstack/react-router";
import { AccountPage } from "../features/account/account-page";
import { AdminLayout } from "../features/admin/admin-layout";
import { AuditPage } from "../features/admin/audit-page";
import { MembersPage } from "../features/admin/members-page";
import { OutboxPage } from "../features/admin/outbox-page";
import { SettingsPage } from "../features/admin/settings-page";
import { WebhooksPage } from "../features/admin/webhooks-page";
import { AreaPage } from "../features/areas/area-page";
import { ForgotPasswordPage } from "../features/auth/forgot-password-page";
import { ResetPasswordPage } from "../features/auth/reset-password-page";
import { SignInPage } from "../features/auth/sign-in-page";
import { SignUpPage } from "../features/auth/sign-up-page";
import { WelcomePage } from "../features/auth/welcome-page";
import { GuestPage } from "../features/guest/guest-page";
import { HomePage } from "../features/home/home-page";
import { InvitationPage } from "../features/organisations/invitation-page";
import { NewOrganisationPage } from "../features/organisations/new-organisation-page";
import { validateRedirectSearch } from "../lib/safe-redirect";
import { ecosystemRoutes } from "../features/ecosystem/routes";
import { journeyMapRoutes } from "../features/journeys/map/routes";
import { journeyRoutes } from "../features/journeys/routes";
import { surveyRoutes } from "../features/surveys/routes";
import { workshopLiveRoutes } from "../features/workshops/live/routes";
import { workshopRoutes } from "../features/workshops/routes";
import { appRoute, rootRoute } from "./base-routes";
import { queryClient } from "./query-client";

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  // `error`: set by the server when an e-mailed link (sign-in, confirmation, SSO) could not be used.
  validateSearch: (search: Record<string, unknown>): { redirect?: string; error?: string } => ({
    ...validateRedirectSearch(search),
    ...(typeof search.error === "string" ? { error: search.error.slice(0, 80) } : {}),
  }),
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
const qualityRoute = createRoute({ getParentRoute: () => appRoute, path: "/quality", component: () => <AreaPage area="quality" /> });
const catalogueRoute = createRoute({ getParentRoute: () => appRoute, path: "/catalogue", component: () => <AreaPage area="catalogue" /> });
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
    qualityRoute,
    catalogueRoute,
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
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
