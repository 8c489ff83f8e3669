/**
 * The facts pack of a workshop: what its journey already says about the steps in scope — pain
 * points, opportunities, emotions per stakeholder lane, moments of truth — and what surveys
 * measured there (satisfaction, masked for small groups), so the room starts from facts.
 */
import type { WorkshopFacts } from "../../../shared/schemas/workshops.js";
import type { AppContext } from "../../context.js";
import { getJourneyMap } from "../journeys/index.js";
import { journeyMeasures } from "../surveys/index.js";
import type { WorkshopRow } from "./workshops.queries.js";

export async function buildFacts(ctx: AppContext, row: WorkshopRow): Promise<WorkshopFacts> {
  if (!row.journeyId) return { journey: null, lanes: [], steps: [] };
  const [map, measures] = await Promise.all([getJourneyMap(ctx, row.organisationId, row.journeyId), journeyMeasures(ctx, row.organisationId, row.journeyId)]);
  const stageScope = new Set(row.scope.stageIds);
  const stepScope = new Set(row.scope.stepIds);
  const isWhole = stageScope.size === 0 && stepScope.size === 0;
  const measured = new Map(measures.cells.map((cell) => [`${cell.stepId}|${cell.stakeholderTypeId ?? ""}`, cell]));
  const measuredSteps = new Map(measures.steps.map((step) => [step.stepId, step]));
  const lanes = new Map(map.lanes.map((lane) => [lane.stakeholderTypeId, lane.name]));
  const steps = map.stages.flatMap((stage) =>
    stage.steps
      .filter((step) => isWhole || stageScope.has(stage.id) || stepScope.has(step.id))
      .map((step) => ({
        id: step.id,
        title: step.title,
        stageTitle: stage.title,
        isMomentOfTruth: step.isMomentOfTruth,
        momentOfTruthReasons: step.momentOfTruthReasons,
        measuredEmotion: measuredSteps.get(step.id)?.measuredEmotion ?? null,
        cells: map.cells
          .filter((cell) => cell.stepId === step.id && lanes.has(cell.stakeholderTypeId))
          .filter(
            (cell) => cell.painPoints.trim() || cell.opportunities.trim() || cell.emotion !== null || measured.has(`${step.id}|${cell.stakeholderTypeId}`),
          )
          .map((cell) => {
            const measure = measured.get(`${step.id}|${cell.stakeholderTypeId}`);
            const result = measure?.result;
            return {
              stakeholderTypeId: cell.stakeholderTypeId,
              stakeholderTypeName: lanes.get(cell.stakeholderTypeId) ?? "",
              emotion: cell.emotion,
              painPoints: cell.painPoints,
              opportunities: cell.opportunities,
              measuredEmotion: measure?.measuredEmotion ?? null,
              satisfiedShare: result?.status === "ok" && "share" in result.value ? result.value.share : null,
              respondents: result ? (result.status === "ok" ? result.people : result.n) : 0,
            };
          }),
      })),
  );
  return {
    journey: { id: map.journey.id, title: map.journey.title },
    lanes: map.lanes.map((lane) => ({ stakeholderTypeId: lane.stakeholderTypeId, name: lane.name })),
    steps,
  };
}
