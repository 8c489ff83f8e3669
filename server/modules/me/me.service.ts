/** The signed-in person's profile, preferences, data export and erasure. */
import type { GuestGrant, Me } from "../../../shared/schemas/me.js";
import { guestKindSchema, type Role, roleAbilities, roleSchema } from "../../../shared/roles.js";
import type { CurrentSession } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { AppError } from "../../platform/problem.js";
import { auditAction, recordAudit } from "../../platform/audit.js";
import { erasePerson } from "./erasure.queries.js";
import {
  collectAuditEventsAboutMe,
  collectEmails,
  collectIdentifiedAnswers,
  collectInvitations,
  collectNotes,
  collectOwnedActions,
  collectWorkshops,
} from "./export.queries.js";
import {
  collectPersonalData,
  findGuestGrants,
  findMemberships,
  findProfile,
  findSoleOwnerships,
  hasPassword,
  updateProfile,
} from "./me.queries.js";

export async function loadMe(ctx: AppContext, session: CurrentSession): Promise<Me> {
  const memberships = (await findMemberships(ctx.db, session.user.id)).flatMap((m) => {
    const role = roleSchema.safeParse(m.role);
    return role.success
      ? [{ organisationId: m.organisationId, organisationName: m.organisationName, organisationSlug: m.organisationSlug, role: role.data }]
      : [];
  });
  const active = memberships.find((m) => m.organisationId === session.activeOrganisationId) ?? memberships[0] ?? null;
  const row = await findProfile(ctx.db, session.user.id);
  return {
    user: {
      id: session.user.id,
      name: row?.name ?? session.user.name,
      email: session.user.email,
      locale: row?.locale === "en" ? "en" : "fr",
      hasPassword: await hasPassword(ctx.db, session.user.id),
    },
    activeOrganisationId: active?.organisationId ?? null,
    memberships,
    abilities: active ? [...roleAbilities[active.role as Role]] : [],
  };
}

/** Changes the name or the language, then answers the person as they now are. */
export async function updateMe(ctx: AppContext, session: CurrentSession, input: { name?: string; locale?: "fr" | "en" }): Promise<Me> {
  await updateProfile(ctx.db, session.user.id, input);
  return loadMe(ctx, session);
}

/** What the person was invited for as an outside guest. */
export async function listGuestGrants(ctx: AppContext, session: CurrentSession): Promise<GuestGrant[]> {
  const grants = await findGuestGrants(ctx.db, session.user.id);
  return grants.map((g) => ({ ...g, guestKind: guestKindSchema.catch("other").parse(g.guestKind), invitedAt: g.invitedAt.toISOString() }));
}

/**
 * Everything Tutti holds about the signed-in person (RGPD right of access), secrets and links
 * left out, answers to anonymous surveys never included; the export is logged in the audit log.
 */
export async function exportPersonalData(ctx: AppContext, session: CurrentSession) {
  const data = await collectPersonalData(ctx.db, session.user.id);
  const person = { userId: session.user.id, email: session.user.email };
  const workshops = await collectWorkshops(ctx.db, person);
  for (const membership of data.memberships) {
    await auditAction(ctx.db, session, membership.organisationId, "personal_data.exported", { type: "user", id: session.user.id, label: session.user.name });
  }
  return {
    exportedAt: new Date().toISOString(),
    format: "tutti.personal-data.v2",
    ...data,
    workshops: workshops.map((w) => ({
      title: w.title,
      organisation: w.organisation_name,
      role: w.role,
      status: w.status,
      scheduledAt: w.scheduled_at ? new Date(w.scheduled_at).toISOString() : null,
    })),
    workshopNotes: await collectNotes(ctx.db, workshops),
    improvementActionsOwned: await collectOwnedActions(ctx.db, person),
    surveyAnswers: await collectIdentifiedAnswers(ctx.db, person),
    invitations: await collectInvitations(ctx.db, person),
    emailsReceived: await collectEmails(ctx.db, person),
    auditEventsAboutMe: await collectAuditEventsAboutMe(ctx.db, person),
  };
}

/**
 * Erases the account (RGPD right to erasure), in one transaction: no row anywhere keeps the
 * person's e-mail or name afterwards (erasure.queries.ts says what goes and what is
 * pseudonymised); each organisation's audit log records that an account was erased, not whose.
 */
export async function eraseAccount(ctx: AppContext, session: CurrentSession, confirmEmail: string): Promise<void> {
  if (confirmEmail !== session.user.email.toLowerCase()) {
    throw new AppError("validation_failed", "The e-mail does not match your account.", [{ path: "body.confirmEmail", message: "mismatch" }]);
  }
  const soleOwnerships = await findSoleOwnerships(ctx.db, session.user.id);
  if (soleOwnerships.length > 0) {
    throw new AppError("last_owner", `You are the only owner of: ${soleOwnerships.join(", ")}. Give ownership to someone else first.`);
  }
  const memberships = await findMemberships(ctx.db, session.user.id);
  const row = await findProfile(ctx.db, session.user.id);
  await ctx.db.transaction(async (tx) => {
    await erasePerson(tx, { userId: session.user.id, email: row?.email ?? session.user.email, name: row?.name ?? session.user.name });
    for (const membership of memberships) {
      await recordAudit(tx, {
        organisationId: membership.organisationId,
        actor: null,
        action: "account.erased",
        targetType: "user",
        targetId: null,
        targetLabel: null,
      });
    }
  });
}
