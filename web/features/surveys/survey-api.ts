/** Types, query keys and queries of the surveys area (surveys, results, invitations, dashboard, follow-up tasks). */
import { useQuery } from "@tanstack/react-query";
import { journeysContract } from "../../../shared/contracts/journeys.js";
import { programmesContract } from "../../../shared/contracts/programmes.js";
import { stakeholdersContract } from "../../../shared/contracts/stakeholders.js";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import type { Breakdown, DashboardBy, DashboardKind } from "../../../shared/schemas/surveys-results.js";
import { call } from "../../lib/api";

export type { QuestionKind, Survey, SurveyQuestion } from "../../../shared/schemas/surveys.js";
export type {
  Breakdown,
  ChoiceValue,
  Dashboard,
  DashboardBy,
  DashboardKind,
  FollowUpTask,
  GroupResult,
  GuardedResult,
  InvitationReport,
  ResultValue,
  SurveyInvitation as Invitation,
  SurveyResults,
  SurveyTemplateSummary,
  Verbatims,
  YesNoValue,
} from "../../../shared/schemas/surveys-results.js";

/** The breakdowns offered, in the order of the menu. */
export const breakdowns: Breakdown[] = ["none", "step", "stakeholder", "programme", "cohort", "month"];

export const surveyKeys = {
  all: (orgId: string) => ["organisations", orgId, "surveys"] as const,
  survey: (orgId: string, id: string) => ["organisations", orgId, "surveys", id] as const,
  results: (orgId: string, id: string, by: Breakdown) => ["organisations", orgId, "surveys", id, "results", by] as const,
  verbatims: (orgId: string, id: string, q: string, questionId: string) => ["organisations", orgId, "surveys", id, "verbatims", q, questionId] as const,
  invitations: (orgId: string, id: string) => ["organisations", orgId, "surveys", id, "invitations"] as const,
  reminders: (orgId: string, id: string) => ["organisations", orgId, "surveys", id, "reminders"] as const,
  templates: (orgId: string, locale: string) => ["organisations", orgId, "survey-templates", locale] as const,
  dashboard: (orgId: string, kind: DashboardKind, by: DashboardBy) => ["organisations", orgId, "survey-dashboard", kind, by] as const,
  tasks: (orgId: string) => ["organisations", orgId, "follow-up-tasks"] as const,
};

export function useSurveys(orgId: string) {
  return useQuery({ queryKey: surveyKeys.all(orgId), queryFn: () => call(surveysContract.list, { params: { orgId } }) });
}

export function useSurvey(orgId: string, id: string) {
  return useQuery({ queryKey: surveyKeys.survey(orgId, id), queryFn: () => call(surveysContract.get, { params: { orgId, surveyId: id } }) });
}

export function useStakeholderTypes(orgId: string) {
  return useQuery({ queryKey: ["organisations", orgId, "stakeholder-types"], queryFn: () => call(stakeholdersContract.list, { params: { orgId } }) });
}

export function useProgrammes(orgId: string) {
  return useQuery({ queryKey: ["organisations", orgId, "programmes"], queryFn: () => call(programmesContract.list, { params: { orgId } }) });
}

export function useJourneys(orgId: string) {
  return useQuery({ queryKey: ["organisations", orgId, "journeys"], queryFn: () => call(journeysContract.list, { params: { orgId } }) });
}

/** A journey's map, under the key the journey map page uses too. */
export function journeyMapQuery(orgId: string, journeyId: string) {
  return { queryKey: ["organisations", orgId, "journeys", journeyId, "map"], queryFn: () => call(journeysContract.map, { params: { orgId, journeyId } }) };
}

/** The label of a question in the interface language, falling back to the other one. */
export function localized(text: { fr?: string; en?: string }, language: string): string {
  return (language === "en" ? text.en || text.fr : text.fr || text.en) ?? "";
}
