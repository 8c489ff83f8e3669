/** Types, query keys and queries of the surveys area (surveys, results, invitations, dashboard, follow-up tasks). */
import { useQuery } from "@tanstack/react-query";
import type { Programme, StakeholderType } from "../../../shared/schemas/ecosystem.js";
import type { JourneyMap, JourneySummary } from "../../../shared/schemas/journeys.js";
import type { QuestionKind, Survey, SurveyQuestion } from "../../../shared/schemas/surveys.js";
import type { MeanResult, NpsResult, TopBoxResult } from "../../../shared/surveys/scores.js";
import { api } from "../../lib/api";

export type { QuestionKind, Survey, SurveyQuestion };

export type YesNoValue = { n: number; yes: number; share: number };
export type ChoiceValue = { n: number; options: Record<string, number> };
export type ResultValue = NpsResult | TopBoxResult | MeanResult | YesNoValue | ChoiceValue;
/** A score, or "not enough answers" below the minimum group size. */
export type GuardedResult<T = ResultValue> = { status: "ok"; value: T } | { status: "too_few"; n: number };
export type GroupResult = { key: string; label: string; result: GuardedResult };

export type Breakdown = "none" | "programme" | "cohort" | "month" | "stakeholder" | "step";
export const breakdowns: Breakdown[] = ["none", "step", "stakeholder", "programme", "cohort", "month"];
export type DashboardKind = "nps" | "satisfaction" | "effort";
export type DashboardBy = Exclude<Breakdown, "none">;

export type SurveyTemplateSummary = {
  key: string;
  title: string;
  description: string;
  recurrence: Survey["recurrence"];
  isAnonymous: boolean;
  questionCount: number;
};
export type SurveyResults = {
  surveyId: string;
  responseCount: number;
  invitationCount: number;
  responseRate: number | null;
  minGroupSize: number;
  questions: { questionId: string; kind: QuestionKind; label: { fr?: string; en?: string }; overall: GuardedResult; groups: GroupResult[] }[];
};
export type Verbatims = { status: "ok" | "too_few"; n: number; items: { questionId: string; text: string; submittedOn: string | null; cohort: string }[] };
export type Invitation = { id: string; email: string; name: string; locale: string; hasResponded: boolean; remindersSent: number; createdAt: string };
export type InvitationReport = { invited: number; skipped: string[]; rejected: { line: number; value: string; reason: string }[] };
export type FollowUpTask = {
  id: string;
  surveyId: string;
  responseId: string;
  stepId: string | null;
  stepTitle: string | null;
  ownerService: string;
  reason: string;
  status: "open" | "done";
  dueOn: string | null;
  respondentEmail: string | null;
  createdAt: string;
};
export type Dashboard = {
  kind: DashboardKind;
  by: DashboardBy;
  minGroupSize: number;
  overall: GuardedResult;
  groups: GroupResult[];
  trend: { month: string; result: GuardedResult }[];
};

export const surveyKeys = {
  all: (orgId: string) => ["organisations", orgId, "surveys"] as const,
  survey: (orgId: string, id: string) => ["organisations", orgId, "surveys", id] as const,
  results: (orgId: string, id: string, by: Breakdown) => ["organisations", orgId, "surveys", id, "results", by] as const,
  verbatims: (orgId: string, id: string, q: string, questionId: string) => ["organisations", orgId, "surveys", id, "verbatims", q, questionId] as const,
  invitations: (orgId: string, id: string) => ["organisations", orgId, "surveys", id, "invitations"] as const,
  templates: (orgId: string, locale: string) => ["organisations", orgId, "survey-templates", locale] as const,
  dashboard: (orgId: string, kind: DashboardKind, by: DashboardBy) => ["organisations", orgId, "survey-dashboard", kind, by] as const,
  tasks: (orgId: string) => ["organisations", orgId, "follow-up-tasks"] as const,
};

/** The API base of an organisation. */
export function orgBase(orgId: string): string {
  return `/api/v1/organisations/${encodeURIComponent(orgId)}`;
}

export function surveyBase(orgId: string, surveyId: string): string {
  return `${orgBase(orgId)}/surveys/${encodeURIComponent(surveyId)}`;
}

export function useSurveys(orgId: string) {
  return useQuery({ queryKey: surveyKeys.all(orgId), queryFn: () => api<Survey[]>(`${orgBase(orgId)}/surveys`) });
}

export function useSurvey(orgId: string, id: string) {
  return useQuery({ queryKey: surveyKeys.survey(orgId, id), queryFn: () => api<Survey>(surveyBase(orgId, id)) });
}

export function useStakeholderTypes(orgId: string) {
  return useQuery({ queryKey: ["organisations", orgId, "stakeholder-types"], queryFn: () => api<StakeholderType[]>(`${orgBase(orgId)}/stakeholder-types`) });
}

export function useProgrammes(orgId: string) {
  return useQuery({ queryKey: ["organisations", orgId, "programmes"], queryFn: () => api<Programme[]>(`${orgBase(orgId)}/programmes`) });
}

export function useJourneys(orgId: string) {
  return useQuery({ queryKey: ["organisations", orgId, "journeys"], queryFn: () => api<JourneySummary[]>(`${orgBase(orgId)}/journeys`) });
}

export function useJourneyMap(orgId: string, journeyId: string | null) {
  return useQuery({
    queryKey: ["organisations", orgId, "journeys", journeyId, "map"],
    queryFn: () => api<JourneyMap>(`${orgBase(orgId)}/journeys/${encodeURIComponent(journeyId ?? "")}`),
    enabled: Boolean(journeyId),
  });
}

/** The label of a question in the interface language, falling back to the other one. */
export function localized(text: { fr?: string; en?: string }, language: string): string {
  return (language === "en" ? text.en || text.fr : text.fr || text.en) ?? "";
}
