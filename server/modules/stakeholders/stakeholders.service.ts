/** Stakeholder types of an organisation: seeded taxonomy, create, rename, archive, reorder; what other features ask of them. */
import type { z } from "zod";
import type { DocumentStakeholder } from "../../../shared/journeys/document.js";
import type { createStakeholderTypeSchema, StakeholderType, updateStakeholderTypeSchema } from "../../../shared/schemas/ecosystem.js";
import type { Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import type { Database, Tx } from "../../platform/database.js";
import { AppError, notFound } from "../../platform/problem.js";
import { presentStakeholderType } from "./stakeholders.presenter.js";
import {
  countPersonasOfType,
  insertSeededTypes,
  insertType,
  nextTypePosition,
  selectAllTypes,
  selectOwnTypeIds,
  selectType,
  selectTypesBySeedKey,
  selectTypesWithPersonaCount,
  type StakeholderTypeRow,
  updateType,
  writeTypePositions,
} from "./stakeholders.queries.js";
import { seededStakeholderTypes } from "./taxonomy.js";

/** Adds the seeded taxonomy to an organisation (idempotent: seed keys are unique). */
export async function seedStakeholderTypes(tx: Database | Tx, organisationId: string, locale: "fr" | "en"): Promise<void> {
  await insertSeededTypes(
    tx,
    seededStakeholderTypes.map((t, position) => ({ organisationId, category: t.category, name: t[locale], position, seedKey: t.key })),
  );
}

export async function listStakeholderTypes(db: Database | Tx, organisationId: string): Promise<StakeholderType[]> {
  const rows = await selectTypesWithPersonaCount(db, organisationId);
  return rows.map((row) => presentStakeholderType(row.type, row.personaCount));
}

/** The organisation's type of this id, or null. */
export async function findStakeholderType(db: Database | Tx, organisationId: string, id: string): Promise<StakeholderTypeRow | null> {
  return selectType(db, organisationId, id);
}

/** Whether every id names one of this organisation's types. */
export async function areOwnStakeholderTypes(db: Database | Tx, organisationId: string, ids: string[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return true;
  return (await selectOwnTypeIds(db, organisationId, unique)).length === unique.length;
}

/** The ids of the seeded types of these keys, in the order of the keys (keys the organisation lacks are skipped). */
export async function stakeholderTypeIdsBySeedKey(db: Database | Tx, organisationId: string, seedKeys: string[]): Promise<string[]> {
  const types = await selectTypesBySeedKey(db, organisationId, seedKeys);
  return seedKeys.flatMap((key) => types.filter((t) => t.seedKey === key).map((t) => t.id));
}

/**
 * The organisation's type for each stakeholder of an imported journey document, by ref: matched by
 * seed key (the ref of seeded types), then by category and name; a missing one is created so that
 * nothing in the document is dropped.
 */
export async function resolveStakeholderTypes(tx: Tx, organisationId: string, stakeholders: DocumentStakeholder[]): Promise<Map<string, string>> {
  const existing = await selectAllTypes(tx, organisationId);
  let position = await nextTypePosition(tx, organisationId);
  const typeIdByRef = new Map<string, string>();
  for (const stakeholder of stakeholders) {
    const match =
      existing.find((t) => t.seedKey === stakeholder.ref) ??
      existing.find((t) => t.category === stakeholder.category && t.name.toLowerCase() === stakeholder.name.toLowerCase());
    if (match) {
      typeIdByRef.set(stakeholder.ref, match.id);
      continue;
    }
    const created = await insertType(tx, { organisationId, category: stakeholder.category, name: stakeholder.name, position: position++ });
    typeIdByRef.set(stakeholder.ref, created.id);
  }
  return typeIdByRef;
}

export async function createStakeholderType(ctx: AppContext, membership: Membership, input: z.output<typeof createStakeholderTypeSchema>) {
  const position = await nextTypePosition(ctx.db, membership.organisationId);
  const row = await insertType(ctx.db, { organisationId: membership.organisationId, ...input, position });
  return presentStakeholderType(row, 0);
}

export async function updateStakeholderType(ctx: AppContext, membership: Membership, id: string, input: z.output<typeof updateStakeholderTypeSchema>) {
  const row = await updateType(ctx.db, membership.organisationId, id, input);
  if (!row) throw notFound("stakeholder type");
  return presentStakeholderType(row, await countPersonasOfType(ctx.db, id));
}

/** Puts the given types first, in that order; the others keep their relative order after them. */
export async function reorderStakeholderTypes(ctx: AppContext, membership: Membership, ids: string[]) {
  const own = await selectOwnTypeIds(ctx.db, membership.organisationId, ids);
  if (own.length !== new Set(ids).size) throw new AppError("not_found", "Some stakeholder types do not exist in this organisation.");
  const all = await listStakeholderTypes(ctx.db, membership.organisationId);
  await writeTypePositions(ctx.db, membership.organisationId, [...ids, ...all.map((t) => t.id).filter((id) => !ids.includes(id))]);
  return listStakeholderTypes(ctx.db, membership.organisationId);
}
