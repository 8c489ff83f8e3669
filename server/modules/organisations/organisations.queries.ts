/** Organisation rows and their settings; every read names the organisation it reads. */
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import type { Tx } from "../../platform/database.js";
import { member, organisationSettings, organization } from "../../db/schema.js";

export async function findOrganisation(db: Database, organisationId: string) {
  const rows = await db
    .select({ org: organization, settings: organisationSettings })
    .from(organization)
    .leftJoin(organisationSettings, eq(organisationSettings.organisationId, organization.id))
    .where(eq(organization.id, organisationId))
    .limit(1);
  return rows[0] ?? null;
}

export async function listOrganisationsOf(db: Database, userId: string) {
  return db
    .select({ org: organization, settings: organisationSettings, role: member.role })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .leftJoin(organisationSettings, eq(organisationSettings.organisationId, organization.id))
    .where(eq(member.userId, userId))
    .orderBy(organization.name);
}

export async function isSlugTaken(db: Database, slug: string): Promise<boolean> {
  const rows = await db.select({ id: organization.id }).from(organization).where(eq(organization.slug, slug)).limit(1);
  return rows.length > 0;
}

/** The settings row of a new organisation. */
export async function insertSettings(tx: Tx, settings: typeof organisationSettings.$inferInsert): Promise<void> {
  await tx.insert(organisationSettings).values(settings);
}

/** Renames the organisation and/or changes its settings (the row is created if missing). */
export async function saveOrganisation(
  tx: Tx,
  organisationId: string,
  name: string | undefined,
  settings: Partial<Omit<typeof organisationSettings.$inferInsert, "organisationId">>,
): Promise<void> {
  if (name !== undefined) await tx.update(organization).set({ name }).where(eq(organization.id, organisationId));
  if (Object.keys(settings).length > 0) {
    await tx
      .insert(organisationSettings)
      .values({ organisationId, ...settings })
      .onConflictDoUpdate({ target: organisationSettings.organisationId, set: { ...settings, updatedAt: new Date() } });
  }
}
