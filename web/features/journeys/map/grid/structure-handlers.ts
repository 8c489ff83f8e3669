/** The structural edits the grid headers can ask for (provided once by the grid, stable). */
export interface StructureHandlers {
  addStep: (stageId: string, title: string) => Promise<unknown>;
  renameStage: (stageId: string, title: string) => Promise<unknown>;
  moveStage: (stageId: string, delta: -1 | 1) => void;
  deleteStage: (stageId: string) => void;
  editStep: (stepId: string) => void;
  moveStep: (stepId: string, delta: -1 | 1) => void;
  deleteStep: (stepId: string) => void;
}
