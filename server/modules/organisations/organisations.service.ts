/** Creating, switching and configuring organisations. */
import { randomBytes } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import type { createOrganisationSchema, updateOrganisationSchema } from "../../../shared/schemas/organisations.js";
import { callAuth } from "../../auth/call-auth.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import { toHeaders } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { notFound } from "../../platform/problem.js";
import { auditAction } from "../../platform/audit.js";
import { seedStakeholderTypes } from "../stakeholders/index.js";
import { presentOrganisation } from "./organisations.presenter.js";
import { roleSchema } from "../../../shared/roles.js";
import { findOrganisation, insertSettings, isSlugTaken, listOrganisationsOf, saveOrganisation } from "./organisations.queries.js";

/** "Université de Lyon — IAE" → "universite-de-lyon-iae". */
export function slugify(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || "organisation"
  );
}

async function availableSlug(ctx: AppContext, wanted: string): Promise<string> {
  if (!(await isSlugTaken(ctx.db, wanted))) return wanted;
  return `${wanted}-${randomBytes(3).toString("hex")}`;
}

export async function createOrganisation(ctx: AppContext, request: FastifyRequest, session: CurrentSession, input: z.output<typeof createOrganisationSchema>) {
  const slug = input.slug ?? (await availableSlug(ctx, slugify(input.name)));
  const created = await callAuth(() =>
    ctx.auth.api.createOrganization({ body: { name: input.name, slug, keepCurrentActiveOrganization: false }, headers: toHeaders(request) }),
  );
  if (!created) throw new Error("Organisation not created");
  await ctx.db.transaction(async (tx) => {
    const locale = session.user.locale === "en" ? "en" : "fr";
    await insertSettings(tx, { organisationId: created.id, kind: input.kind, defaultLocale: locale });
    await seedStakeholderTypes(tx, created.id, locale);
    await auditAction(tx, session, created.id, "organisation.created", { type: "organisation", id: created.id, label: created.name });
  });
  return getOrganisation(ctx, { memberId: "", organisationId: created.id, role: "owner" });
}

/** The organisations the person belongs to, with their role in each. */
export async function listMyOrganisations(ctx: AppContext, session: CurrentSession) {
  const rows = await listOrganisationsOf(ctx.db, session.user.id);
  return rows.map((row) => presentOrganisation(row.org, row.settings, roleSchema.catch("viewer").parse(row.role)));
}

export async function activateOrganisation(ctx: AppContext, request: FastifyRequest, membership: Membership): Promise<void> {
  await callAuth(() => ctx.auth.api.setActiveOrganization({ body: { organizationId: membership.organisationId }, headers: toHeaders(request) }));
}

export async function getOrganisation(ctx: AppContext, membership: Membership) {
  const found = await findOrganisation(ctx.db, membership.organisationId);
  if (!found) throw notFound("organisation");
  return presentOrganisation(found.org, found.settings, membership.role);
}

export async function updateOrganisation(ctx: AppContext, session: CurrentSession, membership: Membership, input: z.output<typeof updateOrganisationSchema>) {
  const { name, ...settings } = input;
  await ctx.db.transaction(async (tx) => {
    await saveOrganisation(tx, membership.organisationId, name, settings);
    await auditAction(tx, session, membership.organisationId, "organisation.updated", { type: "organisation", id: membership.organisationId, label: name ?? null }, { fields: Object.keys(input) });
  });
  return getOrganisation(ctx, membership);
}
