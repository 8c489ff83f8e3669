/** The journeys feature's endpoints: journeys and their map, the structure edits, the domino analysis, versions and diffs. */
import { z } from "zod";
import { journeyDocumentSchema } from "../journeys/document.js";
import {
  createJourneySchema,
  createStageSchema,
  dominoQuerySchema,
  dominoResultSchema,
  journeyListQuerySchema,
  journeyMapSchema,
  journeyParamsSchema,
  journeySummarySchema,
  journeyTemplateSummarySchema,
  linkInputSchema,
  linkParamsSchema,
  moveSchema,
  patchCellSchema,
  savedCellSchema,
  setLanesSchema,
  stageParamsSchema,
  stepInputSchema,
  stepParamsSchema,
  templateListQuerySchema,
  updateJourneySchema,
  updateLinkSchema,
  updateStageSchema,
  updateStepSchema,
} from "../schemas/journeys.js";
import { diffQuerySchema, journeyDiffResponseSchema, journeyVersionSchema, nameVersionSchema, versionParamsSchema } from "../schemas/journeys-versions.js";
import { csvQuerySchema } from "../schemas/csv.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "journeys", base: "/api/v1/organisations/:orgId" });
const journey = contractsFor({ tag: "journeys", base: "/api/v1/organisations/:orgId/journeys/:journeyId", params: journeyParamsSchema });

const versionTags = ["journey versions"];
const read = "journey.read";
const edit = "journey.edit";

export const journeysContract = {
  templates: api.get("/journey-templates", "Built-in journey templates", read, {
    query: templateListQuerySchema,
    response: z.array(journeyTemplateSummarySchema),
  }),
  list: api.get("/journeys", "Journeys", read, { query: journeyListQuerySchema, response: z.array(journeySummarySchema) }),
  create: api.post("/journeys", "Create a journey (blank, from a template, or from an exported document)", edit, {
    body: createJourneySchema,
    response: journeyMapSchema,
    status: 201,
  }),
  map: journey.get("", "A journey as a map", read, { response: journeyMapSchema }),
  update: journey.patch("", "Change a journey's title, description, programme", edit, { body: updateJourneySchema, response: journeyMapSchema }),
  remove: journey.delete("", "Delete a journey", edit, { response: null }),
  setLanes: journey.put("/lanes", "Choose and order the stakeholder lanes", edit, { body: setLanesSchema, response: journeyMapSchema }),
  document: journey.get("/document", "Export the journey as a JSON document (imports back identically)", read, { response: journeyDocumentSchema }),
  cellsCsv: journey.get("/cells.csv", "The journey's cells as CSV (comma-separated, or semicolon-separated for French Excel)", read, {
    query: csvQuerySchema,
    response: { file: "text/csv" },
  }),
  events: journey.get("/events", "Live changes (Server-Sent Events)", read, { response: { file: "text/event-stream" } }),

  addStage: journey.post("/stages", "Add a stage", edit, { body: createStageSchema, response: journeyMapSchema }),
  renameStage: journey.patch("/stages/:stageId", "Rename a stage", edit, { params: stageParamsSchema, body: updateStageSchema, response: journeyMapSchema }),
  moveStage: journey.post("/stages/:stageId/move", "Move a stage", edit, { params: stageParamsSchema, body: moveSchema, response: journeyMapSchema }),
  removeStage: journey.delete("/stages/:stageId", "Remove a stage and its steps", edit, { params: stageParamsSchema, response: journeyMapSchema }),
  addStep: journey.post("/steps", "Add a step (touchpoint)", edit, { body: stepInputSchema, response: journeyMapSchema }),
  updateStep: journey.patch("/steps/:stepId", "Change a step", edit, { params: stepParamsSchema, body: updateStepSchema, response: journeyMapSchema }),
  moveStep: journey.post("/steps/:stepId/move", "Move a step (within or across stages)", edit, {
    params: stepParamsSchema,
    body: moveSchema,
    response: journeyMapSchema,
  }),
  removeStep: journey.delete("/steps/:stepId", "Remove a step", edit, { params: stepParamsSchema, response: journeyMapSchema }),
  patchCell: journey.patch("/cells", "Edit a cell (409 conflict when someone else changed the same field)", edit, {
    body: patchCellSchema,
    response: savedCellSchema,
  }),
  addLink: journey.post("/links", "Add an impact link", edit, { body: linkInputSchema, response: journeyMapSchema }),
  updateLink: journey.patch("/links/:linkId", "Change an impact link", edit, { params: linkParamsSchema, body: updateLinkSchema, response: journeyMapSchema }),
  removeLink: journey.delete("/links/:linkId", "Remove an impact link", edit, { params: linkParamsSchema, response: journeyMapSchema }),
  domino: journey.get("/domino", "Domino analysis: what goes badly if this cell goes badly", read, { query: dominoQuerySchema, response: dominoResultSchema }),

  versions: journey.get("/versions", "Versions of a journey", read, { tags: versionTags, response: z.array(journeyVersionSchema) }),
  nameVersion: journey.post("/versions", "Name a version (snapshot) of the journey as it is now", edit, {
    tags: versionTags,
    body: nameVersionSchema,
    response: journeyVersionSchema,
    status: 201,
  }),
  version: journey.get("/versions/:versionId", "A version's content (read-only)", read, {
    tags: versionTags,
    params: versionParamsSchema,
    response: journeyDocumentSchema,
  }),
  restoreVersion: journey.post("/versions/:versionId/restore", "Restore a version (the journey as it is now is kept as a version first)", edit, {
    tags: versionTags,
    params: versionParamsSchema,
    response: z.object({ savedVersion: journeyVersionSchema, revision: z.number().int() }),
  }),
  diff: journey.get("/diff", "What changed between two versions (or a version and now)", read, {
    tags: versionTags,
    query: diffQuerySchema,
    response: journeyDiffResponseSchema,
  }),
};
