/**
 * The start page of a member, composed from the other features through their index.ts (never their
 * tables): what needs the caller now, the recent journeys and the organisation's latest NPS. Each
 * part is left out (null) when the caller's role may not see it; a guest sees only their workshops.
 */
import type { Home } from "../../../shared/schemas/home.js";
import type { z } from "zod";
import type { GuardedResult, npsValueSchema } from "../../../shared/schemas/surveys-results.js";
import { can } from "../../../shared/roles.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { listJourneys } from "../journeys/index.js";
import { followUpTasks, listSurveys, organisationDashboard } from "../surveys/index.js";
import { listImprovementActions, listWorkshops } from "../workshops/index.js";

type Caller = { session: CurrentSession; membership: Membership };

/** How many items of each list the page shows (the counts are of all of them). */
const top = 5;
const day = 24 * 60 * 60 * 1000;
const part = <T>(items: T[]) => ({ count: items.length, items: items.slice(0, top) });
const byDue = (a: string | null, b: string | null) => (a ?? "9999").localeCompare(b ?? "9999");

async function myFollowUps(ctx: AppContext, caller: Caller): Promise<Home["followUps"]> {
  // Follow-ups go to a service, not to a person: they are on the start page of those who manage surveys.
  if (!can(caller.membership.role, "survey.manage")) return null;
  const tasks = await followUpTasks(ctx, caller.membership.organisationId, "open");
  tasks.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return part(tasks.map(({ id, surveyId, stepTitle, ownerService, dueOn }) => ({ id, surveyId, stepTitle, ownerService, dueOn })));
}

async function myActions(ctx: AppContext, caller: Caller): Promise<Home["actions"]> {
  if (!can(caller.membership.role, "workshop.read")) return null;
  // Only actions given to the caller's account: a name typed for an outsider is never matched to a member.
  const actions = await listImprovementActions(ctx, caller, { owner: "me", open: "true" });
  actions.sort((a, b) => byDue(a.dueDate, b.dueDate));
  return part(actions.map(({ id, title, dueDate, isOverdue, workshopId, workshopTitle }) => ({ id, title, dueDate, isOverdue, workshopId, workshopTitle })));
}

async function myWorkshopsThisWeek(ctx: AppContext, caller: Caller, now: Date): Promise<Home["workshops"]> {
  const { role } = caller.membership;
  // Those who manage workshops see all of them; everyone else (a guest too) only those they take part in.
  const onlyMine = can(role, "workshop.manage") ? undefined : caller.session.user.id;
  const upcoming = await listWorkshops(ctx, caller.membership.organisationId, { view: "upcoming" }, onlyMine);
  const from = now.getTime() - day / 2;
  const until = now.getTime() + 7 * day;
  const thisWeek = upcoming.filter((w) => w.status === "live" || (w.scheduledAt !== null && Date.parse(w.scheduledAt) >= from && Date.parse(w.scheduledAt) <= until));
  return part(thisWeek.map(({ id, title, scheduledAt, location, status }) => ({ id, title, scheduledAt, location, status })));
}

async function surveysClosingSoon(ctx: AppContext, caller: Caller, now: Date): Promise<Home["closingSurveys"]> {
  if (!can(caller.membership.role, "survey.read")) return null;
  const until = now.getTime() + 14 * day;
  const closing = (await listSurveys(ctx, caller.membership.organisationId))
    .filter((s) => s.status === "open" && s.closesAt !== null && Date.parse(s.closesAt) >= now.getTime() && Date.parse(s.closesAt) <= until)
    .map(({ id, title, closesAt, responseCount }) => ({ id, title, closesAt: closesAt as string, responseCount }))
    .sort((a, b) => a.closesAt.localeCompare(b.closesAt));
  return part(closing);
}

async function recentJourneys(ctx: AppContext, caller: Caller): Promise<Home["journeys"]> {
  if (!can(caller.membership.role, "journey.read")) return null;
  const journeys = await listJourneys(ctx, caller.membership.organisationId, { isTemplate: false });
  journeys.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return part(journeys.map(({ id, title, programmeTitle, updatedAt }) => ({ id, title, programmeTitle, updatedAt })));
}

/** The NPS result of a dashboard is an NPS value (kind "nps"). */
const asNps = (result: GuardedResult) => result as GuardedResult<z.infer<typeof npsValueSchema>>;

async function latestNps(ctx: AppContext, caller: Caller): Promise<Home["nps"]> {
  if (!can(caller.membership.role, "survey.read")) return null;
  const dashboard = await organisationDashboard(ctx, caller.membership.organisationId, "nps", "month");
  const last = dashboard.trend.at(-1);
  return {
    minGroupSize: dashboard.minGroupSize,
    overall: asNps(dashboard.overall),
    latest: last ? { month: last.month, result: asNps(last.result) } : null,
  };
}

export async function homeOf(ctx: AppContext, caller: Caller, now = new Date()): Promise<Home> {
  const [followUps, actions, workshops, closingSurveys, journeys, nps] = await Promise.all([
    myFollowUps(ctx, caller),
    myActions(ctx, caller),
    myWorkshopsThisWeek(ctx, caller, now),
    surveysClosingSoon(ctx, caller, now),
    recentJourneys(ctx, caller),
    latestNps(ctx, caller),
  ]);
  return { followUps, actions, workshops, closingSurveys, journeys, nps };
}
