/**
 * Which emotion curves the map draws: all of them, or only the one stakeholder lane chosen in the
 * curves' legend (clicking the chosen lane again shows all). A chosen lane that no longer exists
 * (deleted by someone else) shows all again. Pure, so it is tested beside.
 */
export const toggleCurveFocus = (current: string | null, laneId: string): string | null => (current === laneId ? null : laneId);

export function visibleCurves<T extends { lane: { stakeholderTypeId: string } }>(curves: T[], focus: string | null): T[] {
  if (focus === null) return curves;
  const only = curves.filter((c) => c.lane.stakeholderTypeId === focus);
  return only.length > 0 ? only : curves;
}
