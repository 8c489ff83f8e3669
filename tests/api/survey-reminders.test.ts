/**
 * Reminders made visible (issue 12, item 13): a survey's planned reminders (dates, how many people
 * each will reach), those sent, and "remind now" — manager only, to those who have not answered,
 * never twice within 24 hours to the same person, all or nothing within the daily e-mail quota.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, surveyInvitations } from "../../server/db/schema.js";
import { currentMailLimits } from "../../server/mail/quota.js";
import type { ReminderSchedule } from "../../shared/schemas/surveys-results.js";
import { organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const day = 86_400_000;

/** An open survey with reminders on days 3 and 7, three people invited (the first of them has answered), all as if invited `daysAgo` days ago. */
async function invitedSurvey(daysAgo: number) {
  const org = await organisationWithRoles(t);
  const created = await org.people.manager.post(`/api/v1/organisations/${org.orgId}/surveys`, { templateKey: "module-hot", reminderDays: [3, 7] });
  expect(created.statusCode, created.body).toBe(201);
  const base = `/api/v1/organisations/${org.orgId}/surveys/${created.json().id}`;
  expect((await org.people.manager.post(`${base}/open`)).statusCode).toBe(200);
  const people = ["a@exemple.fr", "b@exemple.fr", "c@exemple.fr"].map((email) => `${org.orgId.slice(0, 6).toLowerCase()}.${email}`);
  const invited = await org.people.manager.post(`${base}/invitations`, { recipients: people.map((email) => ({ email })) });
  expect(invited.json()).toMatchObject({ invited: 3 });
  const invitedAt = new Date(Date.now() - daysAgo * day);
  await t.ctx.db.update(surveyInvitations).set({ createdAt: invitedAt }).where(eq(surveyInvitations.surveyId, created.json().id));
  await t.ctx.db.update(emails).set({ createdAt: invitedAt }).where(eq(emails.organisationId, org.orgId));
  await t.ctx.db.update(surveyInvitations).set({ hasResponded: true }).where(eq(surveyInvitations.email, people[0] ?? ""));
  return { ...org, base, invitees: people, invitedAt };
}

const remindersTo = async (organisationId: string, address: string) =>
  (await t.ctx.db.select().from(emails).where(and(eq(emails.organisationId, organisationId), eq(emails.toAddress, address), eq(emails.kind, "survey_reminder")))).length;

describe("the reminders of a survey", () => {
  it("shows the planned reminders with the number of people each will reach, only managers see them", async () => {
    const { orgId, people: staff, base, invitedAt } = await invitedSurvey(0);
    const response = await staff.manager.get(`${base}/reminders`);
    expect(response.statusCode, response.body).toBe(200);
    const schedule: ReminderSchedule = response.json();
    expect(schedule).toMatchObject({ reminderDays: [3, 7], invited: 3, notAnswered: 2, sent: { reminders: 0, invitees: 0 } });
    expect(schedule.planned).toEqual([
      { at: new Date(invitedAt.getTime() + 3 * day).toISOString(), invitees: 2 },
      { at: new Date(invitedAt.getTime() + 7 * day).toISOString(), invitees: 2 },
    ]);
    // Just invited: a reminder now would be a second e-mail within 24 hours.
    expect(schedule.remindNow).toEqual({ invitees: 0, remindedRecently: 2 });
    expect((await staff.viewer.get(`${base}/reminders`)).statusCode).toBe(403);
    const other = await organisationWithRoles(t);
    expect((await other.owner.get(`${base.replace(orgId, other.orgId)}/reminders`)).statusCode).toBe(404);
  });

  it("reminds now those who have not answered, once, and counts them as sent", async () => {
    const { orgId, people: staff, base, invitees: people } = await invitedSurvey(4);
    const before: ReminderSchedule = (await staff.manager.get(`${base}/reminders`)).json();
    expect(before.planned).toHaveLength(1);
    expect(before.planned[0]?.invitees).toBe(2);
    expect(before.remindNow).toEqual({ invitees: 2, remindedRecently: 0 });

    expect((await staff.viewer.post(`${base}/reminders/now`)).statusCode).toBe(403);
    expect((await staff.staff.post(`${base}/reminders/now`)).statusCode).toBe(403);
    const reminded = await staff.manager.post(`${base}/reminders/now`);
    expect(reminded.statusCode, reminded.body).toBe(200);
    expect(reminded.json()).toEqual({ reminded: 2, remindedRecently: 0 });
    expect(await remindersTo(orgId, people[0] ?? "")).toBe(0);
    expect(await remindersTo(orgId, people[1] ?? "")).toBe(1);
    expect(await remindersTo(orgId, people[2] ?? "")).toBe(1);

    const after: ReminderSchedule = (await staff.manager.get(`${base}/reminders`)).json();
    expect(after.sent).toEqual({ reminders: 2, invitees: 2 });
    expect(after.remindNow).toEqual({ invitees: 0, remindedRecently: 2 });

    const again = await staff.manager.post(`${base}/reminders/now`);
    expect(again.statusCode).toBe(429);
    expect(again.json().code).toBe("rate_limited");
    expect(await remindersTo(orgId, people[1] ?? "")).toBe(1);
  });

  it("sends nothing over the organisation's daily e-mail quota, and nothing for a closed survey", async () => {
    const { orgId, people: staff, base, invitees: people } = await invitedSurvey(4);
    const ceiling = currentMailLimits().perOrganisation;
    await t.ctx.db.execute(sql`
      INSERT INTO emails (organisation_id, kind, to_address, locale, subject, body_text, status)
      SELECT ${orgId}, 'workshop_brief', 'deja' || n || '@exemple.fr', 'fr', 'x', 'x', 'sent' FROM generate_series(1, ${ceiling - 1}) n`);
    const refused = await staff.manager.post(`${base}/reminders/now`);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe("mail_quota_exceeded");
    expect(await remindersTo(orgId, people[1] ?? "")).toBe(0);
    expect(((await staff.manager.get(`${base}/reminders`)).json() as ReminderSchedule).sent.reminders).toBe(0);

    expect((await staff.manager.post(`${base}/close`)).statusCode).toBe(200);
    const closed = await staff.manager.post(`${base}/reminders/now`);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe("conflict");
    expect(((await staff.manager.get(`${base}/reminders`)).json() as ReminderSchedule).planned).toEqual([]);
  }, 60_000);
});
