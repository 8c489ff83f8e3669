/** Personas: list, read, create, change, delete, and their avatar image (checked by its first bytes, not only its declared type). */
import type { z } from "zod";
import type { Persona, personaInputSchema, updatePersonaSchema } from "../../../shared/schemas/ecosystem.js";
import type { AppContext } from "../../context.js";
import { AppError, notFound } from "../../platform/problem.js";
import { findStakeholderType } from "../stakeholders/index.js";
import { presentPersona } from "./personas.presenter.js";
import { deletePersonaRow, insertPersona, selectAvatar, selectPersona, selectPersonas, updatePersonaRow } from "./personas.queries.js";

/** The first bytes of each accepted image type. */
export const avatarSignatures = { "image/png": [0x89, 0x50, 0x4e, 0x47], "image/jpeg": [0xff, 0xd8, 0xff], "image/webp": [0x52, 0x49, 0x46, 0x46] } as const;
export const maxAvatarBytes = 512 * 1024;

export async function listPersonas(ctx: AppContext, organisationId: string, stakeholderTypeId?: string): Promise<Persona[]> {
  return (await selectPersonas(ctx.db, organisationId, stakeholderTypeId)).map((row) => presentPersona(organisationId, row));
}

export async function getPersona(ctx: AppContext, organisationId: string, id: string): Promise<Persona> {
  const row = await selectPersona(ctx.db, organisationId, id);
  if (!row) throw notFound("persona");
  return presentPersona(organisationId, row);
}

async function assertTypeInOrganisation(ctx: AppContext, organisationId: string, stakeholderTypeId: string | undefined) {
  if (stakeholderTypeId && !(await findStakeholderType(ctx.db, organisationId, stakeholderTypeId))) {
    throw new AppError("validation_failed", "Unknown stakeholder type.", [{ path: "body.stakeholderTypeId", message: "unknown" }]);
  }
}

export async function createPersona(ctx: AppContext, organisationId: string, input: z.output<typeof personaInputSchema>): Promise<Persona> {
  await assertTypeInOrganisation(ctx, organisationId, input.stakeholderTypeId);
  return getPersona(ctx, organisationId, await insertPersona(ctx.db, organisationId, input));
}

export async function updatePersona(ctx: AppContext, organisationId: string, id: string, input: z.output<typeof updatePersonaSchema>): Promise<Persona> {
  await assertTypeInOrganisation(ctx, organisationId, input.stakeholderTypeId);
  if (!(await updatePersonaRow(ctx.db, organisationId, id, input))) throw notFound("persona");
  return getPersona(ctx, organisationId, id);
}

export async function deletePersona(ctx: AppContext, organisationId: string, id: string): Promise<void> {
  if (!(await deletePersonaRow(ctx.db, organisationId, id))) throw notFound("persona");
}

/** Stores the avatar when the bytes are an image of the declared type. */
export async function setPersonaAvatar(ctx: AppContext, organisationId: string, id: string, contentType: string, body: unknown): Promise<Persona> {
  const mime = contentType.split(";")[0] as keyof typeof avatarSignatures;
  const signature = avatarSignatures[mime];
  if (!signature || !Buffer.isBuffer(body) || !signature.every((byte, i) => body[i] === byte)) {
    throw new AppError("validation_failed", "Send a PNG, JPEG or WebP image.", [{ path: "body", message: "not an image" }]);
  }
  if (!(await updatePersonaRow(ctx.db, organisationId, id, { avatarMime: mime, avatarData: body }))) throw notFound("persona");
  return getPersona(ctx, organisationId, id);
}

export async function getPersonaAvatar(ctx: AppContext, organisationId: string, id: string): Promise<{ mime: string; data: Buffer }> {
  const row = await selectAvatar(ctx.db, organisationId, id);
  if (!row?.mime || !row.data) throw notFound("avatar");
  return { mime: row.mime, data: row.data };
}
