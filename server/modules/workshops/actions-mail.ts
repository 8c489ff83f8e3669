/**
 * Telling an action's owner (issue 12, item 16): when an action gets an owner, or another one,
 * that person receives one e-mail naming the action, its workshop, its due date and a link to the
 * actions page — queued in the transaction that assigns it, so it leaves if and only if the
 * assignment commits. An edit that keeps the owner sends nothing. Actions given in the live room
 * are told at the workshop's close, with the actions it creates (`tellOwnersAtClose`).
 */
import { localeTag } from "../../../shared/i18n.js";
import type { AppContext } from "../../context.js";
import { queueMailsInTransaction } from "../../mail/transactional.js";
import type { Tx } from "../../platform/database.js";
import { AppError } from "../../platform/problem.js";
import { organisationNameOf } from "../members/index.js";
import { type CreatedAction, findOwnerMember } from "./actions.queries.js";
import { langOf } from "./calendar.js";

export type ActionOwner = { userId: string | null; name: string; email: string | null; locale: string | null };
export type AssignedAction = { title: string; dueDate: string | null; workshopTitle: string | null };

/** Who to tell: a member, or an outsider with an address — not the same person as before. */
export function isNewAssignment(before: { userId: string | null; email: string | null } | null, after: ActionOwner | null): after is ActionOwner & { email: string } {
  if (!after?.email) return false;
  if (!before) return true;
  if (after.userId) return before.userId !== after.userId;
  return before.userId !== null || before.email !== after.email;
}

/** "12 janvier 2027" / "12 January 2027": a calendar date, read as such (no time zone shift). */
function dueText(date: string | null, lang: "fr" | "en"): string {
  if (!date) return lang === "fr" ? "sans échéance" : "no due date";
  return new Intl.DateTimeFormat(localeTag(lang), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export async function queueActionAssigned(ctx: AppContext, tx: Tx, organisationId: string, action: AssignedAction, owner: ActionOwner & { email: string }, byName: string) {
  const lang = langOf(owner.locale);
  const organisation = await organisationNameOf(ctx, organisationId);
  await queueMailsInTransaction(tx, [
    {
      kind: "action_assigned",
      to: owner.email,
      locale: lang,
      organisationId,
      // An outsider has no account: the page would ask them to sign in, so they get no link.
      link: owner.userId ? `${ctx.env.publicUrl}/workshops/actions` : "",
      isLinkShownInOutbox: true,
      params: {
        name: owner.name,
        organisation,
        by: byName,
        title: action.title,
        workshop: action.workshopTitle ?? "",
        due: dueText(action.dueDate, lang),
      },
    },
  ]);
}

/**
 * At a workshop's close: each member given an action in the room is told, once (only the actions
 * created now). The close never fails for the mail quota: the e-mails are then left out (logged).
 */
export async function tellOwnersAtClose(ctx: AppContext, tx: Tx, organisationId: string, workshopTitle: string, created: CreatedAction[]) {
  for (const action of created) {
    if (!action.ownerUserId) continue;
    const owner = await findOwnerMember(tx, organisationId, action.ownerUserId);
    if (!owner) continue;
    try {
      await queueActionAssigned(ctx, tx, organisationId, { title: action.title, dueDate: action.dueDate, workshopTitle }, { ...owner }, "");
    } catch (error) {
      if (!(error instanceof AppError && error.code === "mail_quota_exceeded")) throw error;
      ctx.log.warn({ organisationId }, "workshop close: action owners not told, mail quota reached");
      return;
    }
  }
}
