/** Follow-up tasks opened by dissatisfied answers: written and read, scoped by organisation. */
import { and, asc, eq, sql } from "drizzle-orm";
import { followUpTasks, journeyStages, journeySteps, surveyResponses, surveySteps } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";

const withStepAndRespondent = (db: Database | Tx) =>
  db
    .select({ task: followUpTasks, stepTitle: journeySteps.title, respondentEmail: surveyResponses.respondentEmail })
    .from(followUpTasks)
    .leftJoin(journeySteps, eq(journeySteps.id, followUpTasks.stepId))
    .innerJoin(surveyResponses, eq(surveyResponses.id, followUpTasks.responseId));

export type FollowUpTaskRow = Awaited<ReturnType<typeof listFollowUpTasks>>[number];

/** The organisation's tasks, the soonest due first, with their step's title and the respondent's address. */
export async function listFollowUpTasks(db: Database | Tx, organisationId: string, status?: "open" | "done") {
  return withStepAndRespondent(db)
    .where(and(eq(followUpTasks.organisationId, organisationId), status ? eq(followUpTasks.status, status) : undefined))
    .orderBy(asc(followUpTasks.dueOn));
}

export async function findFollowUpTask(db: Database | Tx, organisationId: string, taskId: string): Promise<FollowUpTaskRow | null> {
  const [row] = await withStepAndRespondent(db).where(and(eq(followUpTasks.organisationId, organisationId), eq(followUpTasks.id, taskId)));
  return row ?? null;
}

/** Sets a task's status; false when the organisation has no such task. */
export async function setFollowUpTaskStatus(db: Database | Tx, organisationId: string, taskId: string, status: "open" | "done"): Promise<boolean> {
  const rows = await db
    .update(followUpTasks)
    .set({ status })
    .where(and(eq(followUpTasks.organisationId, organisationId), eq(followUpTasks.id, taskId)))
    .returning({ id: followUpTasks.id });
  return rows.length > 0;
}

/** The first step (in journey order) a survey is about, with the service that owns it, or null. */
export async function firstStepOfSurvey(db: Database | Tx, organisationId: string, surveyId: string): Promise<{ id: string; ownerService: string } | null> {
  const [step] = await db
    .select({ id: journeySteps.id, ownerService: journeySteps.ownerService })
    .from(surveySteps)
    .innerJoin(journeySteps, eq(journeySteps.id, surveySteps.stepId))
    .innerJoin(journeyStages, eq(journeyStages.id, journeySteps.stageId))
    .where(and(eq(surveySteps.organisationId, organisationId), eq(surveySteps.surveyId, surveyId)))
    .orderBy(asc(journeyStages.position), asc(journeySteps.position))
    .limit(1);
  return step ?? null;
}

/** Opens a task due a week from today. */
export async function insertFollowUpTask(
  tx: Tx,
  task: { organisationId: string; surveyId: string; responseId: string; stepId: string | null; ownerService: string; reason: string },
): Promise<void> {
  await tx.insert(followUpTasks).values({ ...task, dueOn: sql`current_date + 7` });
}
