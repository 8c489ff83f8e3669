/** Routes of the stakeholder ecosystem: stakeholder types, personas, programmes (pages loaded when opened). */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../app/base-routes";
import { lazyPage } from "../../app/lazy-page";
import type { StakeholderCategory } from "../../../shared/journeys/document.js";
import type { PersonasSearch } from "./personas-page";

const StakeholdersPage = lazyPage(() => import("./stakeholders-page"), "StakeholdersPage", ["ecosystem"]);
const PersonasPage = lazyPage(() => import("./personas-page"), "PersonasPage", ["ecosystem"]);
const PersonaDetailPage = lazyPage(() => import("./persona-detail-page"), "PersonaDetailPage", ["ecosystem"]);
const ProgrammesPage = lazyPage(() => import("./programmes-page"), "ProgrammesPage", ["ecosystem"]);

/**
 * The gallery's filters. Here, not imported from the page nor from categories.ts: that would put the
 * page, or the journey document's zod schemas, in the first load. A category added to
 * StakeholderCategory fails typecheck until listed.
 */
const categories: Record<StakeholderCategory, true> = { learner: true, staff: true, funder: true, company: true, teacher: true };

function validatePersonasSearch(search: Record<string, unknown>): PersonasSearch {
  return {
    ...(typeof search.stakeholderTypeId === "string" ? { stakeholderTypeId: search.stakeholderTypeId } : {}),
    ...(typeof search.category === "string" && Object.hasOwn(categories, search.category) ? { category: search.category } : {}),
  };
}

const stakeholdersRoute = createRoute({ getParentRoute: () => appRoute, path: "/stakeholders", component: StakeholdersPage });
const personasRoute = createRoute({ getParentRoute: () => appRoute, path: "/personas", validateSearch: validatePersonasSearch, component: PersonasPage });
const personaRoute = createRoute({ getParentRoute: () => appRoute, path: "/personas/$personaId", component: PersonaDetailPage });
const programmesRoute = createRoute({ getParentRoute: () => appRoute, path: "/programmes", component: ProgrammesPage });

export const ecosystemRoutes = [stakeholdersRoute, personasRoute, personaRoute, programmesRoute] as const;
