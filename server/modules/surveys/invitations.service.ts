/**
 * Personal survey invitations: one single-use link per recipient (only its hash is stored),
 * recipients added by hand or from a CSV file (with a report of the rows refused; at most 2,000
 * per request, all written in one transaction), e-mailed through the durable mail queue within the
 * organisation's daily quota, and reminders (e.g. day 3 and day 7) sent only to those who
 * have not answered yet — as durable jobs, so a restart loses none.
 */
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { type InvitationReport, maxRecipientsPerImport, type Recipient, recipientSchema, type inviteRecipientsSchema, type SurveyInvitation } from "../../../shared/schemas/surveys-results.js";
import type { Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { queueMailsInTransaction } from "../../mail/transactional.js";
import type { Tx } from "../../platform/database.js";
import { enqueueMany } from "../../platform/jobs.js";
import { AppError, notFound } from "../../platform/problem.js";
import { findInvitationById, insertInvitations, listInvitationRows, listInvitees, organisationName, setRemindersSent } from "./invitations.queries.js";
import { surveyRemind } from "./surveys.jobs.js";
import type { SurveyRow } from "./surveys.queries.js";
import { findSurvey } from "./surveys.queries.js";
import { hashToken, invitationToken } from "./tokens.js";

export { maxRecipientsPerImport };

/**
 * Reads "email;name;locale" (or comma-separated) rows; a header row is recognised and skipped.
 * More than `maxRecipientsPerImport` rows (besides the header, plus `alreadyListed` recipients sent
 * beside the file) refuses the whole file before any row is checked.
 */
export function parseRecipientsCsv(text: string, alreadyListed = 0): { recipients: Recipient[]; rejected: { line: number; value: string; reason: string }[] } {
  const delimiter = (text.split("\n")[0] ?? "").includes(";") ? ";" : ",";
  const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  const hasHeader = /e-?mail|courriel/i.test(rows[0]?.[0] ?? "");
  assertImportSize(rows.length - (hasHeader ? 1 : 0) + alreadyListed);
  const recipients: Recipient[] = [];
  const rejected: { line: number; value: string; reason: string }[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 1;
    if (index === 0 && hasHeader) return;
    const parsed = recipientSchema.safeParse({ email: row[0], name: row[1] || undefined, locale: row[2]?.toLowerCase() || undefined });
    if (!parsed.success) {
      rejected.push({ line, value: row.join(delimiter), reason: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
    } else if (seen.has(parsed.data.email)) {
      rejected.push({ line, value: row.join(delimiter), reason: "duplicate" });
    } else {
      seen.add(parsed.data.email);
      recipients.push(parsed.data);
    }
  });
  return { recipients, rejected };
}

const anonymityNotice = { fr: ["Vos réponses sont anonymes.", "Ce questionnaire n'est pas anonyme : vos réponses sont rattachées à votre adresse."], en: ["Your answers are anonymous.", "This survey is not anonymous: your answers are linked to your address."] };

/** The parameters of a survey invitation or reminder e-mail to one person. */
export function invitationMailParams(organisation: string, survey: Pick<SurveyRow, "title" | "isAnonymous">, name: string, locale: "fr" | "en"): Record<string, string> {
  return { organisation, survey: survey.title, name, anonymity: anonymityNotice[locale][survey.isAnonymous ? 0 : 1] ?? "" };
}

const insertBatch = 500;

/** Refuses a request naming more than `maxRecipientsPerImport` recipients (rows refused included), before anything is written. */
export function assertImportSize(rowCount: number): void {
  if (rowCount > maxRecipientsPerImport) {
    throw new AppError("too_many_recipients", `At most ${maxRecipientsPerImport} recipients per import (this one has ${rowCount}): split the file.`);
  }
}

/**
 * Invites `recipients` to `survey` inside the caller's transaction — the one way of inviting, for a
 * list or a CSV import and for a new wave: invitations inserted by batches (an address already
 * invited to this survey is skipped), their e-mails queued against the organisation's daily quota
 * (over it, `mail_quota_exceeded` rolls the whole transaction back), their reminders as durable
 * jobs. The personal link is a sign-in-like token: never shown in the outbox.
 */
export async function inviteInTransaction(
  tx: Tx,
  ctx: Pick<AppContext, "env">,
  survey: Pick<SurveyRow, "id" | "organisationId" | "title" | "isAnonymous" | "publicToken" | "reminderDays">,
  recipients: readonly Recipient[],
  now: Date,
): Promise<{ invited: number; skipped: string[] }> {
  const organisationId = survey.organisationId;
  const organisation = await organisationName(tx, organisationId);
  let invited = 0;
  const skipped: string[] = [];
  for (let start = 0; start < recipients.length; start += insertBatch) {
    const batch = recipients.slice(start, start + insertBatch).map((recipient) => {
      const id = randomUUID();
      const locale = recipient.locale === "en" ? "en" : "fr";
      const token = invitationToken(ctx.env.secret, id);
      const params = invitationMailParams(organisation, survey, recipient.name, locale);
      return { id, recipient, locale, token, params };
    });
    const insertedIds = await insertInvitations(
      tx,
      batch.map(({ id, recipient, locale, token }) => ({ id, organisationId, surveyId: survey.id, email: recipient.email, name: recipient.name, locale, tokenHash: hashToken(token) })),
    );
    const fresh = batch.filter(({ id }) => insertedIds.has(id));
    for (const { id, recipient } of batch) if (!insertedIds.has(id)) skipped.push(recipient.email);
    invited += fresh.length;
    await queueMailsInTransaction(
      tx,
      fresh.map(({ recipient, locale, token, params }) => ({
        kind: "survey_invitation" as const,
        to: recipient.email,
        locale,
        organisationId,
        link: invitationLink(ctx, survey.publicToken, token, locale),
        isLinkShownInOutbox: false,
        params,
      })),
    );
    await enqueueMany(
      tx,
      surveyRemind,
      fresh.flatMap(({ id, params }) => survey.reminderDays.map((day) => ({ payload: { invitationId: id, params }, runAt: new Date(now.getTime() + day * 86_400_000) }))),
    );
  }
  return { invited, skipped };
}

/**
 * Invites the recipients of a request — its list and its CSV file, parsed and checked whole before
 * anything is written (they count together) — in one transaction; already invited addresses are
 * skipped, refused CSV rows reported.
 */
export async function inviteRecipients(ctx: AppContext, membership: Membership, surveyId: string, body: z.output<typeof inviteRecipientsSchema>): Promise<InvitationReport> {
  const listed = body.recipients ?? [];
  const fromCsv = body.csv ? parseRecipientsCsv(body.csv, listed.length) : { recipients: [], rejected: [] };
  const recipients = [...listed, ...fromCsv.recipients];
  if (recipients.length === 0 && fromCsv.rejected.length === 0) throw new AppError("validation_failed", "Give at least one recipient.", [{ path: "body.recipients", message: "empty" }]);
  assertImportSize(recipients.length);
  const survey = await findSurvey(ctx.db, membership.organisationId, surveyId);
  if (!survey) throw notFound("survey");
  if (survey.status === "closed") throw new AppError("conflict", "This survey is closed.");
  const result = await ctx.db.transaction((tx) => inviteInTransaction(tx, ctx, survey, recipients, new Date()));
  return { ...result, rejected: fromCsv.rejected };
}

/**
 * A new wave of a recurring survey: everyone invited to the previous wave is invited again, each
 * with a new invitation (so a new single-use token) and its reminders, in the wave's transaction.
 */
export async function reinviteForWave(tx: Tx, ctx: Pick<AppContext, "env">, survey: SurveyRow, previousSurveyId: string, now: Date): Promise<number> {
  const previous = await listInvitees(tx, survey.organisationId, previousSurveyId);
  if (previous.length === 0) return 0;
  const recipients = previous.map((row) => ({ email: row.email, name: row.name, locale: row.locale === "en" ? ("en" as const) : ("fr" as const) }));
  await inviteInTransaction(tx, ctx, survey, recipients, now);
  return previous.length;
}

export function invitationLink(ctx: Pick<AppContext, "env">, publicToken: string, token: string, locale: string): string {
  return `${ctx.env.publicUrl}/s/${publicToken}?i=${token}&lang=${locale}`;
}

/** Job "survey.remind": remind one invitee, unless they have answered or the survey is closed. */
export function surveyReminderJob(ctx: Pick<AppContext, "db" | "mailer" | "env">) {
  return async (payload: z.output<typeof surveyRemind.payload>) => {
    const row = await findInvitationById(ctx.db, payload.invitationId);
    if (!row || row.hasResponded) return;
    const survey = await findSurvey(ctx.db, row.organisationId, row.surveyId);
    if (survey?.status !== "open") return;
    // Sent on the flag alone: for an anonymous survey, skipping those whose answer is not applied
    // yet (answered-marks.ts) would tell who they are. The message and the count in one transaction.
    await ctx.db.transaction(async (tx) => {
      await ctx.mailer.queue(
        {
          kind: "survey_reminder",
          to: row.email,
          locale: row.locale,
          organisationId: row.organisationId,
          link: invitationLink(ctx, survey.publicToken, invitationToken(ctx.env.secret, row.id), row.locale),
          isLinkShownInOutbox: false,
          params: payload.params,
        },
        tx,
      );
      await setRemindersSent(tx, row.organisationId, row.id, row.remindersSent + 1);
    });
  };
}

/** The invitations of a survey of the organisation (404 for another's), by address. */
export async function listInvitations(ctx: AppContext, organisationId: string, surveyId: string): Promise<SurveyInvitation[]> {
  if (!(await findSurvey(ctx.db, organisationId, surveyId))) throw notFound("survey");
  const rows = await listInvitationRows(ctx.db, organisationId, surveyId);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
