/**
 * A version shown as the map it was: the map's own grid, read-only (no drag and drop, no editing,
 * cells not opened), built from the version's document. Refs stand in for ids.
 */
import "../map/journey-map.css";
import { useMemo } from "react";
import type { JourneyDocument } from "../../../../shared/journeys/document.js";
import { findMomentsOfTruth } from "../../../../shared/journeys/moments-of-truth.js";
import { cellKey } from "../../../../shared/journeys/order.js";
import type { JourneyMap } from "../../../../shared/schemas/journeys.js";
import { MapGrid } from "../map/grid/map-grid";
import type { StructureHandlers } from "../map/grid/structure-handlers";
import { indexMap } from "../map/map-model";

/** The map of a version: the journey's header as it is now, the rest from the document. */
export function documentToMap(doc: JourneyDocument, journey: JourneyMap["journey"]): JourneyMap {
  const moments = new Map(findMomentsOfTruth(doc).map((m) => [m.stepRef, m]));
  return {
    journey: { ...journey, title: doc.title, description: doc.description },
    lanes: doc.stakeholders.map((s) => ({ stakeholderTypeId: s.ref, name: s.name, category: s.category })),
    stages: doc.stages.map((stage, position) => ({
      id: stage.ref,
      title: stage.title,
      position,
      steps: stage.steps.map(({ ref, ...step }, i) => ({
        ...step,
        id: ref,
        stageId: stage.ref,
        isMomentOfTruth: moments.get(ref)?.isMomentOfTruth ?? false,
        momentOfTruthReasons: moments.get(ref)?.reasons ?? [],
        position: i,
      })),
    })),
    cells: doc.cells.map(({ stepRef, stakeholderRef, ...fields }) => ({
      ...fields,
      id: cellKey(stepRef, stakeholderRef),
      stepId: stepRef,
      stakeholderTypeId: stakeholderRef,
      updatedAt: journey.updatedAt,
    })),
    links: doc.links.map((link) => ({
      id: link.ref,
      fromCellId: cellKey(link.from.stepRef, link.from.stakeholderRef),
      toCellId: cellKey(link.to.stepRef, link.to.stakeholderRef),
      sign: link.sign,
      weight: link.weight,
      sentence: link.sentence,
    })),
  };
}

const ignore = async () => undefined;
const readOnly: StructureHandlers = {
  addStep: ignore,
  renameStage: ignore,
  moveStage: () => undefined,
  deleteStage: () => undefined,
  editStep: () => undefined,
  moveStep: () => undefined,
  deleteStep: () => undefined,
};
const nothing = () => undefined;

export function VersionMap({ doc, journey }: { doc: JourneyDocument; journey: JourneyMap["journey"] }) {
  const map = useMemo(() => documentToMap(doc, journey), [doc, journey]);
  const index = useMemo(() => indexMap(map), [map]);
  return (
    <MapGrid
      map={map}
      index={index}
      canEdit={false}
      zoom={1}
      handlers={readOnly}
      placeStep={nothing}
      placeStage={nothing}
      risks={null}
      dominoStartKey={null}
      onOpenCell={nothing}
      showLinks
      measures={null}
    />
  );
}
