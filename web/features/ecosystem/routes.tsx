/** Routes of the stakeholder ecosystem: stakeholder types, personas, programmes. */
import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../../app/base-routes";
import { PersonaDetailPage } from "./persona-detail-page";
import { PersonasPage, validatePersonasSearch } from "./personas-page";
import { ProgrammesPage } from "./programmes-page";
import { StakeholdersPage } from "./stakeholders-page";

const stakeholdersRoute = createRoute({ getParentRoute: () => appRoute, path: "/stakeholders", component: StakeholdersPage });
const personasRoute = createRoute({ getParentRoute: () => appRoute, path: "/personas", validateSearch: validatePersonasSearch, component: PersonasPage });
const personaRoute = createRoute({ getParentRoute: () => appRoute, path: "/personas/$personaId", component: PersonaDetailPage });
const programmesRoute = createRoute({ getParentRoute: () => appRoute, path: "/programmes", component: ProgrammesPage });

export const ecosystemRoutes = [stakeholdersRoute, personasRoute, personaRoute, programmesRoute] as const;
