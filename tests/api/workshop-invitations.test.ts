/**
 * Issue 10, findings 10 and 17 (participant adds), as the attack: an organisation added any
 * existing account to itself as a workshop participant — by user id or by e-mail — the reply
 * showed the account's own name (so it told which addresses have an account), and the person's
 * app then opened on that organisation's guest page. Participants are the organisation's members;
 * anyone else is invited by e-mail and joins only by accepting, signed in with that address; the
 * reply is the same whether the address had an account or not, with the name the inviter typed.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Workshop, WorkshopParticipantView } from "../../shared/schemas/workshops.js";
import { auditEvents, emails, member, workshopInvitations, workshopParticipants } from "../../server/db/schema.js";
import { type Agent, createOrganisation, organisationWithRoles, signUp, uniqueEmail } from "../factories.js";
import { LiveClient } from "../live-client.js";
import { createTestApp, type TestApp, testOrigin } from "../test-app.js";
import { cookieOf } from "../workshop-factories.js";

let t: TestApp;
let baseUrl: string;
const clients: LiveClient[] = [];
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  for (const client of clients) client.close();
  await t.destroy();
});

const url = (orgId: string, path = "") => `/api/v1/organisations/${orgId}/workshops${path}`;
const realName = "Jeanne Victime-Réelle";

async function setting() {
  const { orgId, people } = await organisationWithRoles(t);
  const victim = await signUp(t, realName);
  const victimOrgId = await createOrganisation(victim, "Organisation de Jeanne");
  const workshop: Workshop = (await people.manager.post(url(orgId), { title: "Atelier de l'attaquant", format: "discovery" })).json();
  return { orgId, people, victim, victimOrgId, workshop };
}

function live(agent: Agent, workshopId: string): Promise<LiveClient> {
  const client = new LiveClient(baseUrl, cookieOf(agent), workshopId, testOrigin);
  clients.push(client);
  return client.connect();
}

const pendingOf = (workshop: Workshop, email: string) => workshop.participants.find((p) => p.email === email) as WorkshopParticipantView;

describe("adding people to a workshop (issue 10, findings 10 and 17)", () => {
  it("cannot add another organisation's account: not by id, and by e-mail only as an invitation that changes nothing of theirs", async () => {
    const { orgId, people, victim, victimOrgId, workshop } = await setting();
    const participants = url(orgId, `/${workshop.id}/participants`);
    // By id: the same 404 as an id that does not exist.
    const byId = await people.manager.post(participants, { userId: victim.user.id, role: "participant" });
    const unknownId = await people.manager.post(participants, { userId: "n0-such-account-id-000000000000", role: "participant" });
    expect(byId.statusCode).toBe(404);
    expect(byId.json()).toEqual(unknownId.json());
    // By e-mail: an invitation, shown with the name typed — never the account's.
    const byEmail = await people.manager.post(participants, { email: victim.user.email, name: "Quelqu'un", role: "participant" });
    expect(byEmail.statusCode, byEmail.body).toBe(201);
    expect(byEmail.body).not.toContain(realName);
    expect(byEmail.body).not.toContain(victim.user.id);
    expect(pendingOf(byEmail.json(), victim.user.email)).toMatchObject({ name: "Quelqu'un", userId: "", isPending: true, isOutsider: true });
    // Nothing of the victim changed: no membership, their app still opens on their own organisation.
    expect(
      await t.ctx.db
        .select()
        .from(member)
        .where(and(eq(member.organizationId, orgId), eq(member.userId, victim.user.id))),
    ).toEqual([]);
    const me = (await victim.get("/api/v1/me")).json();
    expect(me.memberships.map((m: { organisationId: string }) => m.organisationId)).toEqual([victimOrgId]);
    expect(me.activeOrganisationId).toBe(victimOrgId);
    expect((await victim.get(url(orgId, `/${workshop.id}`))).statusCode).toBe(404);
    // Neither the audit log nor the workshop list tells the account's name to the organisation.
    const audit = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.organisationId, orgId));
    expect(JSON.stringify(audit)).not.toContain(realName);
    expect((await people.manager.get(url(orgId, `/${workshop.id}`))).body).not.toContain(realName);
  });

  it("answers alike whether the address has an account or not", async () => {
    const { orgId, people, victim, workshop } = await setting();
    const participants = url(orgId, `/${workshop.id}/participants`);
    const nobody = uniqueEmail("personne");
    const existing = await people.manager.post(participants, { email: victim.user.email, name: "Même Nom", role: "participant" });
    const fresh = await people.manager.post(participants, { email: nobody, name: "Même Nom", role: "participant" });
    expect([existing.statusCode, fresh.statusCode]).toEqual([201, 201]);
    const shape = (view: WorkshopParticipantView) => ({ ...view, id: "", email: "" });
    const after: Workshop = fresh.json();
    expect(shape(pendingOf(after, victim.user.email))).toEqual(shape(pendingOf(after, nobody)));
    // The same e-mail to both addresses (kind, subject, body but for the address in the link).
    const invitationTo = async (address: string) =>
      (
        await t.ctx.db
          .select()
          .from(emails)
          .where(and(eq(emails.toAddress, address), eq(emails.kind, "guest_invitation")))
      )[0];
    const [toVictim, toNobody] = [await invitationTo(victim.user.email), await invitationTo(nobody)];
    expect(toVictim?.kind).toBe("guest_invitation");
    expect([toVictim?.kind, toVictim?.subject]).toEqual([toNobody?.kind, toNobody?.subject]);
    const strip = (text: string | undefined, email: string) => (text ?? "").replaceAll(encodeURIComponent(email), "ADDRESS");
    expect(strip(toVictim?.bodyText, victim.user.email)).toEqual(strip(toNobody?.bodyText, nobody));
    // Twice: the same conflict for both.
    const again = await people.manager.post(participants, { email: victim.user.email, name: "Autre", role: "participant" });
    const againFresh = await people.manager.post(participants, { email: nobody, name: "Autre", role: "participant" });
    expect([again.statusCode, againFresh.statusCode]).toEqual([409, 409]);
    expect(again.json()).toEqual(againFresh.json());
  });

  it("makes the invited person a guest and a participant only when they open the workshop signed in with the invited address", async () => {
    const { orgId, people, victim, victimOrgId, workshop } = await setting();
    const participants = url(orgId, `/${workshop.id}/participants`);
    const invited: Workshop = (await people.manager.post(participants, { email: victim.user.email, name: "Jeanne", role: "participant" })).json();
    const pending = pendingOf(invited, victim.user.email);
    // Someone else, signed in with another address, cannot take the invitation.
    const intruder = await signUp(t, "Intrus");
    expect((await live(intruder, workshop.id)).closeCode).toBe(4404);
    // The role of a pending invitation can change; it can be withdrawn and sent again.
    expect((await people.manager.patch(url(orgId, `/${workshop.id}/participants/${pending.id}`), { role: "observer" })).statusCode).toBe(200);
    // The invited person follows the link (signed in by a link sent to that address) into the room.
    const room = await live(victim, workshop.id);
    expect(room.closeCode).toBeNull();
    expect(room.me?.role).toBe("observer");
    const [membership] = await t.ctx.db
      .select()
      .from(member)
      .where(and(eq(member.organizationId, orgId), eq(member.userId, victim.user.id)));
    expect(membership?.role).toBe("guest");
    expect(await t.ctx.db.select().from(workshopInvitations).where(eq(workshopInvitations.workshopId, workshop.id))).toEqual([]);
    const [row] = await t.ctx.db
      .select()
      .from(workshopParticipants)
      .where(and(eq(workshopParticipants.workshopId, workshop.id), eq(workshopParticipants.userId, victim.user.id)));
    expect(row).toMatchObject({ role: "observer", isOutsider: true });
    // Their own organisation is untouched.
    const me = (await victim.get("/api/v1/me")).json();
    expect(me.memberships.find((m: { organisationId: string }) => m.organisationId === victimOrgId)?.role).toBe("owner");
    // A withdrawn invitation cannot be accepted.
    const second: Workshop = (await people.manager.post(url(orgId), { title: "Deuxième", format: "discovery" })).json();
    const other = await signUp(t, "Autre Invitée");
    const withOther: Workshop = (
      await people.manager.post(url(orgId, `/${second.id}/participants`), { email: other.user.email, name: "Autre", role: "participant" })
    ).json();
    expect((await people.manager.delete(url(orgId, `/${second.id}/participants/${pendingOf(withOther, other.user.email).id}`))).statusCode).toBe(200);
    expect((await live(other, second.id)).closeCode).toBe(4404);
    expect(
      await t.ctx.db
        .select()
        .from(member)
        .where(and(eq(member.organizationId, orgId), eq(member.userId, other.user.id))),
    ).toEqual([]);
  });
});
