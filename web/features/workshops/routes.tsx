/** Routes of the workshops area (the live room registers its own, /workshops/$workshopId/live). */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../app/base-routes";
import { ActionsPage } from "./actions-page";
import { MinutesPage } from "./minutes-page";
import { NewWorkshopPage } from "./new-workshop-page";
import { type WorkshopTab, WorkshopPage, workshopTabs } from "./workshop-page";
import { WorkshopsPage } from "./workshops-page";

const workshopsRoute = createRoute({ getParentRoute: () => appRoute, path: "/workshops", component: WorkshopsPage });
const newWorkshopRoute = createRoute({ getParentRoute: () => appRoute, path: "/workshops/new", component: NewWorkshopPage });
const actionsRoute = createRoute({ getParentRoute: () => appRoute, path: "/workshops/actions", component: ActionsPage });
const workshopRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/workshops/$workshopId",
  validateSearch: (search: Record<string, unknown>): { tab?: WorkshopTab } =>
    typeof search.tab === "string" && (workshopTabs as readonly string[]).includes(search.tab) ? { tab: search.tab as WorkshopTab } : {},
  component: function WorkshopRoute() {
    const { workshopId } = workshopRoute.useParams();
    const { tab } = workshopRoute.useSearch();
    return <WorkshopPage workshopId={workshopId} tab={tab ?? "preparation"} />;
  },
});
const minutesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/workshops/$workshopId/minutes",
  component: function MinutesRoute() {
    const { workshopId } = minutesRoute.useParams();
    return <MinutesPage workshopId={workshopId} />;
  },
});

export const workshopRoutes = [workshopsRoute, newWorkshopRoute, actionsRoute, workshopRoute, minutesRoute] as const;
