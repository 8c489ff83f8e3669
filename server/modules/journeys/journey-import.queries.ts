/** Writing an imported journey document's rows (stakeholder types are already resolved to ids), inside the caller's transaction. */
import type { JourneyDocument } from "../../../shared/journeys/document.js";
import { impactLinks, journeyLanes, journeys, journeyStages, journeySteps, laneCells } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

export type ImportMeta = { title?: string; description?: string; programmeId: string | null; isTemplate: boolean; createdBy: string | null };

/** The journey, its lanes, stages, steps, cells and links; returns the journey's id. */
export async function insertJourneyDocument(
  tx: Tx,
  organisationId: string,
  doc: JourneyDocument,
  typeIdByRef: Map<string, string>,
  meta: ImportMeta,
): Promise<string> {
  const [journey] = await tx
    .insert(journeys)
    .values({
      organisationId,
      title: meta.title ?? doc.title,
      description: meta.description || doc.description,
      locale: doc.locale,
      programmeId: meta.programmeId,
      isTemplate: meta.isTemplate,
      createdBy: meta.createdBy,
    })
    .returning({ id: journeys.id });
  const journeyId = journey?.id as string;
  await insertJourneyContents(tx, organisationId, journeyId, doc, typeIdByRef, meta.createdBy);
  return journeyId;
}

/** The lanes, stages, steps, cells and links of a document into an existing (empty) journey: import and version restore. */
export async function insertJourneyContents(
  tx: Tx,
  organisationId: string,
  journeyId: string,
  doc: JourneyDocument,
  typeIdByRef: Map<string, string>,
  createdBy: string | null,
): Promise<void> {
  const laneTypeIds = [...new Set(doc.stakeholders.map((s) => typeIdByRef.get(s.ref) as string))];
  if (laneTypeIds.length > 0) {
    await tx.insert(journeyLanes).values(laneTypeIds.map((stakeholderTypeId, position) => ({ organisationId, journeyId, stakeholderTypeId, position })));
  }

  const stepIdByRef = new Map<string, string>();
  for (const [stagePosition, stage] of doc.stages.entries()) {
    const [stageRow] = await tx
      .insert(journeyStages)
      .values({ organisationId, journeyId, title: stage.title, position: stagePosition })
      .returning({ id: journeyStages.id });
    if (stage.steps.length === 0) continue;
    const stepRows = await tx
      .insert(journeySteps)
      .values(
        stage.steps.map((step, position) => ({
          organisationId,
          journeyId,
          stageId: stageRow?.id as string,
          title: step.title,
          channel: step.channel,
          ownerService: step.ownerService,
          description: step.description,
          targetDelayHours: step.targetDelayHours,
          momentOfTruth: step.momentOfTruth,
          position,
        })),
      )
      .returning({ id: journeySteps.id });
    for (const [i, step] of stage.steps.entries()) stepIdByRef.set(step.ref, stepRows[i]?.id as string);
  }

  const cellIdByKey = new Map<string, string>();
  const cellValues = doc.cells.flatMap((cell) => {
    const stepId = stepIdByRef.get(cell.stepRef);
    const stakeholderTypeId = typeIdByRef.get(cell.stakeholderRef);
    if (!stepId || !stakeholderTypeId) return [];
    const { stepRef: _s, stakeholderRef: _k, ...fields } = cell;
    return [{ organisationId, journeyId, stepId, stakeholderTypeId, ...fields, updatedBy: createdBy }];
  });
  for (let i = 0; i < cellValues.length; i += 500) {
    const inserted = await tx
      .insert(laneCells)
      .values(cellValues.slice(i, i + 500))
      .returning({ id: laneCells.id, stepId: laneCells.stepId, stakeholderTypeId: laneCells.stakeholderTypeId });
    for (const row of inserted) cellIdByKey.set(`${row.stepId}|${row.stakeholderTypeId}`, row.id);
  }

  const ensureCell = async (stepRef: string, stakeholderRef: string): Promise<string | null> => {
    const stepId = stepIdByRef.get(stepRef);
    const stakeholderTypeId = typeIdByRef.get(stakeholderRef);
    if (!stepId || !stakeholderTypeId) return null;
    const key = `${stepId}|${stakeholderTypeId}`;
    const known = cellIdByKey.get(key);
    if (known) return known;
    const [row] = await tx.insert(laneCells).values({ organisationId, journeyId, stepId, stakeholderTypeId }).returning({ id: laneCells.id });
    cellIdByKey.set(key, row?.id as string);
    return row?.id ?? null;
  };
  for (const link of doc.links) {
    const fromCellId = await ensureCell(link.from.stepRef, link.from.stakeholderRef);
    const toCellId = await ensureCell(link.to.stepRef, link.to.stakeholderRef);
    if (fromCellId && toCellId) {
      await tx.insert(impactLinks).values({ organisationId, journeyId, fromCellId, toCellId, sign: link.sign, weight: link.weight, sentence: link.sentence });
    }
  }
}
