/**
 * Follow-up tasks: a dissatisfied answer by someone who agreed to be contacted opens a task for the
 * service that owns the survey's first step, due a week later; staff list them and mark them done.
 */
import type { FollowUpTask } from "../../../shared/schemas/surveys-results.js";
import type { AppContext } from "../../context.js";
import type { Tx } from "../../platform/database.js";
import { notFound } from "../../platform/problem.js";
import {
  type FollowUpTaskRow,
  findFollowUpTask,
  firstStepOfSurvey,
  insertFollowUpTask,
  listFollowUpTasks,
  setFollowUpTaskStatus,
} from "./follow-up-tasks.queries.js";

function presentFollowUpTask({ task, stepTitle, respondentEmail }: FollowUpTaskRow): FollowUpTask {
  const { id, organisationId, surveyId, responseId, stepId, ownerService, reason, dueOn } = task;
  const status = task.status === "done" ? "done" : "open";
  return { id, organisationId, surveyId, responseId, stepId, stepTitle, ownerService, reason, status, dueOn, respondentEmail, createdAt: task.createdAt.toISOString() };
}

export async function followUpTasks(ctx: AppContext, organisationId: string, status?: "open" | "done"): Promise<FollowUpTask[]> {
  return (await listFollowUpTasks(ctx.db, organisationId, status)).map(presentFollowUpTask);
}

export async function setFollowUpStatus(ctx: AppContext, organisationId: string, taskId: string, status: "open" | "done"): Promise<FollowUpTask> {
  if (!(await setFollowUpTaskStatus(ctx.db, organisationId, taskId, status))) throw notFound("task");
  const row = await findFollowUpTask(ctx.db, organisationId, taskId);
  if (!row) throw notFound("task");
  return presentFollowUpTask(row);
}

/** Opens the task of a dissatisfied answer, in the answer's transaction; assigned to the owner of the survey's first step. */
export async function openFollowUpTask(tx: Tx, answer: { organisationId: string; surveyId: string; responseId: string; reason: string }): Promise<void> {
  const step = await firstStepOfSurvey(tx, answer.organisationId, answer.surveyId);
  await insertFollowUpTask(tx, { ...answer, stepId: step?.id ?? null, ownerService: step?.ownerService ?? "" });
}
