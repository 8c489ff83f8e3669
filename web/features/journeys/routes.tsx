/** Routes of the journeys area: list and creation, versions and diff, impact graph and domino. */
export const journeyRoutes = [] as const;
