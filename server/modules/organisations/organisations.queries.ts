/** Organisation rows and their settings; every read names the organisation it reads. */
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
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
