/** Queries, query keys and small helpers shared by the ecosystem pages (stakeholder types, personas, programmes). */
import { useQuery } from "@tanstack/react-query";
import { personasContract } from "../../../shared/contracts/personas.js";
import { programmesContract } from "../../../shared/contracts/programmes.js";
import { stakeholdersContract } from "../../../shared/contracts/stakeholders.js";
import { call } from "../../lib/api";
import { fieldErrors } from "../../lib/error-message";

export const ecosystemKeys = {
  types: (orgId: string) => ["organisations", orgId, "stakeholder-types"] as const,
  personas: (orgId: string) => ["organisations", orgId, "personas"] as const,
  persona: (orgId: string, id: string) => ["organisations", orgId, "personas", id] as const,
  programmes: (orgId: string) => ["organisations", orgId, "programmes"] as const,
};

export function useStakeholderTypes(orgId: string) {
  return useQuery({ queryKey: ecosystemKeys.types(orgId), queryFn: () => call(stakeholdersContract.list, { params: { orgId } }) });
}

export function usePersonas(orgId: string) {
  return useQuery({ queryKey: ecosystemKeys.personas(orgId), queryFn: () => call(personasContract.list, { params: { orgId } }) });
}

export function usePersona(orgId: string, id: string) {
  return useQuery({
    queryKey: ecosystemKeys.persona(orgId, id),
    queryFn: () => call(personasContract.get, { params: { orgId, id } }),
  });
}

export function useProgrammes(orgId: string) {
  return useQuery({ queryKey: ecosystemKeys.programmes(orgId), queryFn: () => call(programmesContract.list, { params: { orgId } }) });
}

/** The field errors of an API validation problem, keyed by field name ("body.name" → "name"). */
export function errorsByField(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fieldErrors(error)) {
    const key = e.path.replace(/^body\.?/, "") || "_";
    out[key] ??= e.message;
  }
  return out;
}

/** The lines of a multi-line field, without blanks or leading bullet marks. */
export function toLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*•]\s*/, "").trim())
    .filter(Boolean);
}

/** Up to two initials of a name, for avatars without a picture. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters
    .map((p) => Array.from(p ?? "")[0] ?? "")
    .join("")
    .toUpperCase();
}

/** Moves focus to the first invalid field of a form, once the errors are rendered. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  window.setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
