/**
 * Structural edits of the map (stages and steps: add, rename, move, delete) as stable handlers for
 * the grid, with optimistic moves and confirmations before deleting.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract as contract } from "../../../../shared/contracts/journeys.js";
import type { JourneyMap } from "../../../../shared/schemas/journeys.js";
import { journeyKeys } from "../journey-api";
import type { ConfirmRequest } from "./confirm-dialog";
import type { StructureHandlers } from "./grid/structure-handlers";
import { moveStageLocally, moveStepLocally } from "./map-model";
import type { MapActions } from "./use-map-actions";

export interface Structure {
  handlers: StructureHandlers;
  /** Moves a step to a stage and position (drag and drop). */
  placeStep: (stepId: string, stageId: string, position: number) => void;
  placeStage: (stageId: string, position: number) => void;
  addStage: (title: string) => Promise<unknown>;
  confirm: ConfirmRequest | null;
  closeConfirm: () => void;
  editingStepId: string | null;
  closeStepEditor: () => void;
}

export function useStructure(orgId: string, journeyId: string, actions: MapActions): Structure {
  const { t } = useTranslation("journeyMap");
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [editingStepId, setEditingStepId] = useState<string | null>(null);
  // Handlers read the latest map through a ref, so they stay stable across refetches.
  const tRef = useRef(t);
  tRef.current = t;
  const core = useMemo(() => {
    const { send } = actions;
    const current = () => queryClient.getQueryData<JourneyMap>(journeyKeys.map(orgId, journeyId));
    const placeStep = (stepId: string, stageId: string, position: number) => {
      void send(contract.moveStep, { params: { stepId }, body: { position, stageId } }, (map) => moveStepLocally(map, stepId, stageId, position));
    };
    const placeStage = (stageId: string, position: number) => {
      void send(contract.moveStage, { params: { stageId }, body: { position } }, (map) => moveStageLocally(map, stageId, position));
    };
    const handlers: StructureHandlers = {
      addStep: (stageId, title) => send(contract.addStep, { body: { stageId, title } }),
      renameStage: (stageId, title) => send(contract.renameStage, { params: { stageId }, body: { title } }),
      moveStage: (stageId, delta) => {
        const map = current();
        const at = map?.stages.findIndex((s) => s.id === stageId) ?? -1;
        if (at >= 0) placeStage(stageId, at + delta);
      },
      deleteStage: (stageId) => {
        const stage = current()?.stages.find((s) => s.id === stageId);
        if (!stage) return;
        setConfirm({
          title: tRef.current("stage.deleteTitle"),
          message: tRef.current("stage.deleteMessage", { title: stage.title, count: stage.steps.length }),
          confirmLabel: tRef.current("stage.delete"),
          onConfirm: () => void send(contract.removeStage, { params: { stageId } }),
        });
      },
      editStep: (stepId) => setEditingStepId(stepId),
      moveStep: (stepId, delta) => {
        const map = current();
        if (!map) return;
        const stageIndex = map.stages.findIndex((s) => s.steps.some((step) => step.id === stepId));
        const stage = map.stages[stageIndex];
        if (!stage) return;
        const at = stage.steps.findIndex((s) => s.id === stepId);
        const target = at + delta;
        if (target >= 0 && target < stage.steps.length) return placeStep(stepId, stage.id, target);
        // Past the edge of its stage: into the neighbouring stage (end of the previous, start of the next).
        const neighbour = map.stages[stageIndex + delta];
        if (neighbour) placeStep(stepId, neighbour.id, delta < 0 ? neighbour.steps.length : 0);
      },
      deleteStep: (stepId) => {
        const step = current()
          ?.stages.flatMap((s) => s.steps)
          .find((s) => s.id === stepId);
        if (!step) return;
        setConfirm({
          title: tRef.current("step.deleteTitle"),
          message: tRef.current("step.deleteMessage", { title: step.title }),
          confirmLabel: tRef.current("step.delete"),
          onConfirm: () => void send(contract.removeStep, { params: { stepId } }),
        });
      },
    };
    return { handlers, placeStep, placeStage, addStage: (title: string) => send(contract.addStage, { body: { title } }) };
  }, [actions, queryClient, orgId, journeyId]);

  return useMemo(
    () => ({ ...core, confirm, closeConfirm: () => setConfirm(null), editingStepId, closeStepEditor: () => setEditingStepId(null) }),
    [core, confirm, editingStepId],
  );
}
