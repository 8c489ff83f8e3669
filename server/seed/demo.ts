/**
 * The demo organisation seeded on an empty database: a university offering a
 * "Master Marketing Digital", with the people who run it.
 */
import { randomUUID } from "node:crypto";
import { count } from "drizzle-orm";
import type { AppContext } from "../context.js";
import { guestGrants, member, organisationSettings, organization, user } from "../db/schema.js";
import { recordAudit } from "../platform/audit.js";
import { seedStakeholderTypes } from "../modules/stakeholders/index.js";
import { seedDemoContent } from "./demo-content.js";
import { seedDemoSurveys } from "./demo-surveys.js";
import { seedDemoWorkshops } from "./demo-workshops.js";

/** Shared by every demo account; printed at start. Demo data only — change it or delete the accounts. */
export const demoPassword = "tutti-demo-2026";

export const demoPeople = [
  { email: "sophie.durand@demo.tutti.fr", name: "Sophie Durand", role: "owner", title: "Directrice de l'IAE" },
  { email: "marie.lefevre@demo.tutti.fr", name: "Marie Lefèvre", role: "manager", title: "Responsable du Master Marketing Digital" },
  { email: "laura.martin@demo.tutti.fr", name: "Laura Martin", role: "staff", title: "Chargée des admissions" },
  { email: "karim.benali@demo.tutti.fr", name: "Karim Benali", role: "admin", title: "Référent qualité" },
  { email: "julien.moreau@demo.tutti.fr", name: "Julien Moreau", role: "viewer", title: "Chargé de communication" },
] as const;

export const demoGuest = { email: "thomas.petit@agence-exemple.fr", name: "Thomas Petit" };

export async function isDatabaseEmpty(ctx: AppContext): Promise<boolean> {
  const [row] = await ctx.db.select({ n: count() }).from(user);
  return (row?.n ?? 0) === 0;
}

/** Seeds the demo organisation; returns the accounts to print. */
export async function seedDemo(ctx: AppContext): Promise<typeof demoPeople> {
  // Demo accounts are created verified, with a password, and without sending any e-mail.
  const authContext = await ctx.auth.$context;
  const passwordHash = await authContext.password.hash(demoPassword);
  const userIds: string[] = [];
  for (const person of demoPeople) {
    const created = await authContext.internalAdapter.createUser(
      { email: person.email, name: person.name, emailVerified: true, locale: "fr" },
      { method: "email-password" },
    );
    await authContext.internalAdapter.linkAccount({ userId: created.id, providerId: "credential", accountId: created.id, password: passwordHash });
    userIds.push(created.id);
  }
  const organisationId = randomUUID();
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(organization).values({ id: organisationId, name: "Université Lumière — IAE", slug: "universite-lumiere-iae", createdAt: now });
    await tx.insert(organisationSettings).values({
      organisationId,
      kind: "university",
      defaultLocale: "fr",
      description:
        "Institut d'administration des entreprises. Formation phare : Master Marketing Digital (RNCP niveau 7), 2 ans, en alternance ou en formation initiale, 60 places par promotion.",
    });
    for (const [index, person] of demoPeople.entries()) {
      await tx.insert(member).values({ id: randomUUID(), organizationId: organisationId, userId: userIds[index] as string, role: person.role, createdAt: now });
    }
    const guestId = randomUUID();
    await tx.insert(user).values({ id: guestId, email: demoGuest.email, name: demoGuest.name, emailVerified: true, locale: "fr" });
    await tx.insert(member).values({ id: randomUUID(), organizationId: organisationId, userId: guestId, role: "guest", createdAt: now });
    await tx.insert(guestGrants).values({
      organisationId,
      userId: guestId,
      guestKind: "teacher",
      purpose: "Intervenant professionnel en stratégie social media (M2) : bilan semestriel et atelier planning.",
      invitedBy: userIds[1] as string,
    });
    await seedStakeholderTypes(tx, organisationId, "fr");
    await seedDemoContent(tx, organisationId, userIds[1] as string);
    const [, marie, laura, karim, julien] = userIds as [string, string, string, string, string];
    await seedDemoWorkshops(tx, organisationId, { marie, laura, karim, julien, thomas: guestId });
    await seedDemoSurveys(tx, organisationId, marie);
    await recordAudit(tx, {
      organisationId,
      actor: null,
      action: "organisation.created",
      targetType: "organisation",
      targetId: organisationId,
      targetLabel: "Université Lumière — IAE",
      data: { seeded: true },
    });
  });
  return demoPeople;
}
