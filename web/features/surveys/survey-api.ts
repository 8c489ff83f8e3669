/** Types, query keys and queries of the surveys area (surveys, results, invitations, dashboard, follow-up tasks). */
import { useQuery } from "@tanstack/react-query";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import type { Programme, StakeholderType } from "../../../shared/schemas/ecosystem.js";
import type { JourneyMap, JourneySummary } from "../../../shared/schemas/journeys.js";
import type { QuestionKind, Survey, SurveyQuestion } from "../../../shared/schemas/surveys.js";
import type {
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
import { api, call } from "../../lib/api";

export type {
  Breakdown,
  ChoiceValue,
  Dashboard,
  DashboardBy,
  DashboardKind,
  FollowUpTask,
  GroupResult,
  GuardedResult,
  Invitation,
  InvitationReport,
  QuestionKind,
  ResultValue,
  Survey,
  SurveyQuestion,
  SurveyResults,
  SurveyTemplateSummary,
  Verbatims,
  YesNoValue,
};

/** The breakdowns offered, in the order of the menu. */
export const breakdowns: Breakdown[] = ["none", "step", "stakeholder", "programme", "cohort", "month"];

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

/** The API base of an organisation (for the other features' endpoints this area reads). */
export function orgBase(orgId: string): string {
  return `/api/v1/organisations/${encodeURIComponent(orgId)}`;
}

export function useSurveys(orgId: string) {
  return useQuery({ queryKey: surveyKeys.all(orgId), queryFn: () => call(surveysContract.list, { params: { orgId } }) });
}

export function useSurvey(orgId: string, id: string) {
  return useQuery({ queryKey: surveyKeys.survey(orgId, id), queryFn: () => call(surveysContract.get, { params: { orgId, surveyId: id } }) });
}

/** Saves a downloaded file (a QR code, an export) under `fileName`. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
