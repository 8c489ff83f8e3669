/** Routes of the stakeholder ecosystem: stakeholder types, personas, programmes. */
export const ecosystemRoutes = [] as const;
