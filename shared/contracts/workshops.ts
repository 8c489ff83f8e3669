/**
 * The workshops feature's endpoints outside the live room: preparing workshops and their
 * participants, the facts pack, the calendar invitation, minutes, merging into the journey,
 * photos of paper walls and improvement actions. The live room is a WebSocket
 * (server/realtime/workshop-*.ts), not a contract.
 */
import { z } from "zod";
import {
  actionParamsSchema,
  addParticipantSchema,
  factsSchema,
  improvementActionInputSchema,
  improvementActionSchema,
  listImprovementActionsQuerySchema,
  listWorkshopsQuerySchema,
  mergeCandidatesSchema,
  mergeInputSchema,
  mergeResultSchema,
  minutesSchema,
  participantParamsSchema,
  photoParamsSchema,
  photoSchema,
  photoUploadQuerySchema,
  updateImprovementActionSchema,
  updateParticipantSchema,
  updateWorkshopSchema,
  workshopInputSchema,
  workshopParamsSchema,
  workshopSchema,
  workshopSummarySchema,
} from "../schemas/workshops.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "workshops", base: "/api/v1/organisations/:orgId" });
const workshop = contractsFor({ tag: "workshops", base: "/api/v1/organisations/:orgId/workshops/:workshopId", params: workshopParamsSchema });

export const workshopsContract = {
  list: api.get(
    "/workshops",
    "Workshops: upcoming, past or archived; `q` searches title and objective (accents ignored)",
    { policy: "workshop.list" },
    { query: listWorkshopsQuerySchema, response: z.array(workshopSummarySchema) },
  ),
  create: api.post("/workshops", "Prepare a workshop (its creator is its facilitator)", "workshop.manage", {
    body: workshopInputSchema,
    response: workshopSchema,
    status: 201,
  }),
  get: workshop.get("", "A workshop with its participants", { policy: "workshop.read" }, { response: workshopSchema }),
  update: workshop.patch(
    "",
    "Change a workshop's preparation (only the fields sent)",
    { policy: "workshop.manage" },
    { body: updateWorkshopSchema, response: workshopSchema },
  ),
  remove: workshop.delete("", "Delete a workshop that has not started", { policy: "workshop.manage" }, { response: null }),
  archive: workshop.post("/archive", "Archive a workshop", { policy: "workshop.manage" }, { response: workshopSchema }),
  unarchive: workshop.post("/unarchive", "Bring an archived workshop back", { policy: "workshop.manage" }, { response: workshopSchema }),
  addParticipant: workshop.post(
    "/participants",
    "Add a member, or invite an outsider by e-mail (guest account and magic link to the workshop)",
    { policy: "workshop.manage" },
    { body: addParticipantSchema, response: workshopSchema, status: 201 },
  ),
  updateParticipant: workshop.patch(
    "/participants/:participantId",
    "Change a participant's role or stakeholder type",
    { policy: "workshop.manage" },
    { params: participantParamsSchema, body: updateParticipantSchema, response: workshopSchema },
  ),
  removeParticipant: workshop.delete(
    "/participants/:participantId",
    "Remove a participant (never the last facilitator)",
    { policy: "workshop.manage" },
    { params: participantParamsSchema, response: workshopSchema },
  ),
  facts: workshop.get(
    "/facts",
    "The facts pack: what the scoped journey says and what surveys measured",
    { policy: "workshop.read" },
    { response: factsSchema },
  ),
  invitation: workshop.get("/invitation.ics", "The calendar invitation (iCalendar)", { policy: "workshop.read" }, { response: { file: "text/calendar" } }),
  minutes: workshop.get("/minutes", "The minutes, built from what happened", { policy: "workshop.read" }, { response: minutesSchema }),
  mergeCandidates: workshop.get(
    "/merge",
    "What the workshop attached to the journey, and whether it is merged",
    { policy: "workshop.manage" },
    { response: mergeCandidatesSchema },
  ),
  merge: workshop.post(
    "/merge",
    "Merge the accepted items into the journey's cells (traced to the workshop; never twice); needs journey.edit too",
    { policy: "workshop.manage" },
    { body: mergeInputSchema, response: mergeResultSchema },
  ),
  photos: workshop.get("/photos", "Photos of the workshop's walls", { policy: "workshop.read" }, { response: z.array(photoSchema) }),
  /** The body is the image itself (JPEG, PNG or WebP), not JSON: the web app sends it with fetch. */
  uploadPhoto: workshop.post(
    "/photos",
    "Upload a photo (JPEG, PNG or WebP, 8 MB at most); the body is the image",
    { policy: "workshop.manage" },
    { query: photoUploadQuerySchema, response: photoSchema, status: 201 },
  ),
  photo: workshop.get(
    "/photos/:photoId",
    "One photo (JPEG, PNG or WebP)",
    { policy: "workshop.read" },
    { params: photoParamsSchema, response: { file: "image/*" } },
  ),
  removePhoto: workshop.delete("/photos/:photoId", "Delete a photo", { policy: "workshop.manage" }, { params: photoParamsSchema, response: null }),
  listActions: api.get("/improvement-actions", "Improvement actions (filters: status, owner — `me` for the caller's own —, open, overdue, workshop)", "workshop.read", {
    query: listImprovementActionsQuerySchema,
    response: z.array(improvementActionSchema),
  }),
  createAction: api.post("/improvement-actions", "Add an improvement action by hand", "workshop.manage", {
    body: improvementActionInputSchema,
    response: improvementActionSchema,
    status: 201,
  }),
  updateAction: api.patch("/improvement-actions/:actionId", "Change an action's status, owner, due date or title", "workshop.manage", {
    params: actionParamsSchema,
    body: updateImprovementActionSchema,
    response: improvementActionSchema,
  }),
};
