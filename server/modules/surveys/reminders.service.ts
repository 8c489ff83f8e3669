/**
 * The reminders of a survey's personal invitations, made visible (issue 12, item 13): the planned
 * ones — each invitation's reminder days after it was sent (surveys.jobs.ts `survey.remind`), to
 * those who have not answered, before the survey closes — and those sent; and "remind now", which
 * queues a reminder to every invitee who has not answered and got no survey e-mail in the last
 * 24 hours, in one transaction, within the organisation's daily e-mail quota (over it, nothing is sent).
 */
import type { RemindNowReport, ReminderSchedule } from "../../../shared/schemas/surveys-results.js";
import type { Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { queueMailsInTransaction } from "../../mail/transactional.js";
import type { Database, Tx } from "../../platform/database.js";
import { AppError, notFound } from "../../platform/problem.js";
import { invitationLink, invitationMailParams } from "./invitations.service.js";
import { listInvitationRows, organisationName } from "./invitations.queries.js";
import { addressesMailedSince, countReminderSent, lockSurveyReminders } from "./reminders.queries.js";
import { findSurvey, type SurveyRow } from "./surveys.queries.js";
import { invitationToken } from "./tokens.js";

const day = 86_400_000;
/** No second survey e-mail to the same person within this time. */
export const remindAgainAfter = day;

type InvitationRow = Awaited<ReturnType<typeof listInvitationRows>>[number];

/** Who a "remind now" would reach: not answered (the flag alone, as the reminder job), no survey e-mail in the last 24 hours. */
async function remindable(db: Database | Tx, survey: SurveyRow, rows: InvitationRow[], now: Date) {
  const notAnswered = rows.filter((row) => !row.hasResponded);
  const recent = await addressesMailedSince(db, survey.organisationId, new Date(now.getTime() - remindAgainAfter));
  const eligible = notAnswered.filter((row) => !recent.has(row.email.toLowerCase()));
  return { notAnswered, eligible, remindedRecently: notAnswered.length - eligible.length };
}

/** The planned reminders grouped by day (UTC): the first instant of the day's reminders and how many people they reach. */
function plannedReminders(survey: SurveyRow, notAnswered: InvitationRow[], now: Date): ReminderSchedule["planned"] {
  if (survey.status === "closed") return [];
  const byDay = new Map<string, { at: number; invitees: number }>();
  for (const row of notAnswered) {
    for (const days of survey.reminderDays) {
      const at = row.createdAt.getTime() + days * day;
      if (at <= now.getTime() || (survey.closesAt && at > survey.closesAt.getTime())) continue;
      const key = new Date(at).toISOString().slice(0, 10);
      const bucket = byDay.get(key);
      if (bucket) byDay.set(key, { at: Math.min(bucket.at, at), invitees: bucket.invitees + 1 });
      else byDay.set(key, { at, invitees: 1 });
    }
  }
  return [...byDay.values()].sort((a, b) => a.at - b.at).map((bucket) => ({ at: new Date(bucket.at).toISOString(), invitees: bucket.invitees }));
}

export async function reminderSchedule(ctx: AppContext, organisationId: string, surveyId: string, now = new Date()): Promise<ReminderSchedule> {
  const survey = await findSurvey(ctx.db, organisationId, surveyId);
  if (!survey) throw notFound("survey");
  const rows = await listInvitationRows(ctx.db, organisationId, surveyId);
  const { notAnswered, eligible, remindedRecently } = await remindable(ctx.db, survey, rows, now);
  return {
    reminderDays: survey.reminderDays,
    invited: rows.length,
    notAnswered: notAnswered.length,
    planned: plannedReminders(survey, notAnswered, now),
    sent: { reminders: rows.reduce((sum, row) => sum + row.remindersSent, 0), invitees: rows.filter((row) => row.remindersSent > 0).length },
    remindNow: { invitees: survey.status === "open" ? eligible.length : 0, remindedRecently },
  };
}

/** "Remind now": one reminder to each invitee who has not answered and got no survey e-mail in the last 24 hours. */
export async function remindNow(ctx: AppContext, membership: Membership, surveyId: string): Promise<RemindNowReport> {
  const organisationId = membership.organisationId;
  const survey = await findSurvey(ctx.db, organisationId, surveyId);
  if (!survey) throw notFound("survey");
  if (survey.status !== "open") throw new AppError("conflict", "Only the invitees of an open survey can be reminded.");
  return ctx.db.transaction(async (tx) => {
    await lockSurveyReminders(tx, survey.id);
    const rows = await listInvitationRows(tx, organisationId, surveyId);
    const { notAnswered, eligible, remindedRecently } = await remindable(tx, survey, rows, new Date());
    if (eligible.length === 0) {
      if (remindedRecently > 0) throw new AppError("rate_limited", "Everyone who has not answered got a survey e-mail in the last 24 hours: try again later.");
      throw new AppError("conflict", notAnswered.length === 0 && rows.length > 0 ? "Everyone invited has answered." : "Nobody is invited to this survey.");
    }
    const organisation = await organisationName(tx, organisationId);
    await queueMailsInTransaction(
      tx,
      eligible.map((row) => {
        const locale = row.locale === "en" ? "en" : "fr";
        return {
          kind: "survey_reminder" as const,
          to: row.email,
          locale,
          organisationId,
          link: invitationLink(ctx, survey.publicToken, invitationToken(ctx.env.secret, row.id), locale),
          isLinkShownInOutbox: false,
          params: invitationMailParams(organisation, survey, row.name, locale),
        };
      }),
    );
    await countReminderSent(
      tx,
      organisationId,
      eligible.map((row) => row.id),
    );
    return { reminded: eligible.length, remindedRecently };
  });
}
