/** Routes of the workshops area, pages loaded when opened (the live room registers its own, /workshops/$workshopId/live). */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../app/base-routes";
import { lazyPage, preloading } from "../../app/lazy-page";
import type { WorkshopTab } from "./workshop-page";

const WorkshopsPage = lazyPage(() => import("./workshops-page"), "WorkshopsPage", ["workshops"]);
const NewWorkshopPage = lazyPage(() => import("./new-workshop-page"), "NewWorkshopPage", ["workshops"]);
const ActionsPage = lazyPage(() => import("./actions-page"), "ActionsPage", ["workshops"]);
const WorkshopPage = lazyPage(() => import("./workshop-page"), "WorkshopPage", ["workshops"]);
// The minutes show the personas met (ecosystem's strings); their PDF (jspdf) is a further chunk.
const MinutesPage = lazyPage(() => import("./minutes-page"), "MinutesPage", ["workshops", "ecosystem"]);

/** The workshop's tabs. Here, not imported from the page (that would put it in the first load); a tab added to WorkshopTab fails typecheck until listed. */
const workshopTabs: Record<WorkshopTab, true> = { preparation: true, settings: true, facts: true, merge: true, photos: true };
const isWorkshopTab = (value: unknown): value is WorkshopTab => typeof value === "string" && Object.hasOwn(workshopTabs, value);

const workshopsRoute = createRoute({ getParentRoute: () => appRoute, path: "/workshops", component: WorkshopsPage });
const newWorkshopRoute = createRoute({ getParentRoute: () => appRoute, path: "/workshops/new", component: NewWorkshopPage });
const actionsRoute = createRoute({ getParentRoute: () => appRoute, path: "/workshops/actions", component: ActionsPage });
const workshopRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/workshops/$workshopId",
  validateSearch: (search: Record<string, unknown>): { tab?: WorkshopTab } => (isWorkshopTab(search.tab) ? { tab: search.tab } : {}),
  component: preloading(function WorkshopRoute() {
    const { workshopId } = workshopRoute.useParams();
    const { tab } = workshopRoute.useSearch();
    return <WorkshopPage workshopId={workshopId} tab={tab ?? "preparation"} />;
  }, WorkshopPage),
});
const minutesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/workshops/$workshopId/minutes",
  component: preloading(function MinutesRoute() {
    const { workshopId } = minutesRoute.useParams();
    return <MinutesPage workshopId={workshopId} />;
  }, MinutesPage),
});

export const workshopRoutes = [workshopsRoute, newWorkshopRoute, actionsRoute, workshopRoute, minutesRoute] as const;
