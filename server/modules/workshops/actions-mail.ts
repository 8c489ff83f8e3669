/**
 * Telling an action's owner (issue 12, item 16): when an action gets an owner, or another one,
 * that person receives one e-mail naming the action, its workshop, its due date and a link to the
 * actions page — queued in the transaction that assigns it, so it leaves if and only if the
 * assignment commits. An edit that keeps the owner sends nothing.
 */
import { localeTag } from "../../../shared/i18n.js";
import type { AppContext } from "../../context.js";
import { queueMailsInTransaction } from "../../mail/transactional.js";
import type { Tx } from "../../platform/database.js";
import { organisationNameOf } from "../members/index.js";
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
