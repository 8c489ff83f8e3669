/** Routes of the surveys & indicators area. */
export const surveyRoutes = [] as const;
