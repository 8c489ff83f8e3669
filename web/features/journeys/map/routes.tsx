/** Route of the journey map. */
export const journeyMapRoutes = [] as const;
