/**
 * Workshop formats, phases, roles and default agendas. Pure data shared by the server (rules),
 * the web app (preparation form, live room) and the minutes.
 */
import { z } from "zod";

export const workshopFormats = ["discovery", "deep_dive", "prioritisation", "validation"] as const;
export const workshopFormatSchema = z.enum(workshopFormats);
export type WorkshopFormat = z.infer<typeof workshopFormatSchema>;

/** The phases a live workshop goes through, in their usual order. */
export const workshopPhases = ["opening", "divergence", "sharing", "convergence", "consolidation", "prioritisation", "closing"] as const;
export const workshopPhaseSchema = z.enum(workshopPhases);
export type WorkshopPhase = z.infer<typeof workshopPhaseSchema>;

/** Roles inside one workshop (not the organisation's roles). */
export const workshopRoles = ["facilitator", "co_facilitator", "participant", "observer"] as const;
export const workshopRoleSchema = z.enum(workshopRoles);
export type WorkshopRole = z.infer<typeof workshopRoleSchema>;

/** Roles that run the workshop (phase, timer, reveal, lock…). */
export function isFacilitating(role: WorkshopRole | undefined): boolean {
  return role === "facilitator" || role === "co_facilitator";
}

/** Roles that produce content (notes, clusters, votes, scores). Observers only watch. */
export function isProducing(role: WorkshopRole | undefined): boolean {
  return role === "facilitator" || role === "co_facilitator" || role === "participant";
}

export const agendaItemSchema = z.object({
  id: z.string().min(1).max(40),
  phase: workshopPhaseSchema,
  minutes: z.number().int().min(1).max(240),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export const agendaSchema = z.array(agendaItemSchema).min(1).max(20);

const agendas: Record<WorkshopFormat, [WorkshopPhase, number][]> = {
  // Find what goes wrong and why: the full divergence → convergence cycle.
  discovery: [
    ["opening", 10],
    ["divergence", 15],
    ["sharing", 20],
    ["convergence", 25],
    ["consolidation", 15],
    ["prioritisation", 15],
    ["closing", 10],
  ],
  // Dig into a few steps already known to hurt: more time to cluster and attach to the map.
  deep_dive: [
    ["opening", 10],
    ["divergence", 10],
    ["sharing", 15],
    ["convergence", 30],
    ["consolidation", 25],
    ["closing", 10],
  ],
  // Choose among known problems: facts first, then votes, matrix and scores.
  prioritisation: [
    ["opening", 10],
    ["sharing", 10],
    ["convergence", 15],
    ["prioritisation", 40],
    ["closing", 15],
  ],
  // Check a redesigned journey with the people who live it.
  validation: [
    ["opening", 10],
    ["consolidation", 30],
    ["prioritisation", 20],
    ["closing", 10],
  ],
};

/** The editable default agenda of a format. */
export function defaultAgenda(format: WorkshopFormat): AgendaItem[] {
  return agendas[format].map(([phase, minutes], index) => ({ id: `p${index + 1}`, phase, minutes }));
}

/** Above this many producing participants, a workshop should be split into sub-groups. */
export const maxProducingParticipants = 10;

/**
 * Splits people into `groupCount` sub-groups balanced by stakeholder type: people are sorted by
 * type and dealt round-robin, so each type is spread as evenly as possible and sizes differ by
 * at most one.
 */
export function suggestSubGroups<P extends { id: string; stakeholderTypeId: string | null }>(people: P[], groupCount?: number): P[][] {
  const count = Math.max(1, groupCount ?? Math.ceil(people.length / maxProducingParticipants));
  const groups: P[][] = Array.from({ length: count }, () => []);
  const byType = new Map<string, P[]>();
  for (const person of people) {
    const key = person.stakeholderTypeId ?? "";
    byType.set(key, [...(byType.get(key) ?? []), person]);
  }
  // Largest types first, so the small ones fill the gaps and sizes stay even.
  const ordered = [...byType.values()].sort((a, b) => b.length - a.length).flat();
  for (const [index, person] of ordered.entries()) groups[index % count]?.push(person);
  return groups;
}
