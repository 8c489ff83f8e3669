/** Workshops for the live tests: a discovery workshop and its participants, written directly. */
import type { WorkshopRole } from "../shared/workshops/formats.js";
import { defaultAgenda } from "../shared/workshops/formats.js";
import type { Database } from "../server/db/client.js";
import { workshopParticipants, workshops } from "../server/db/schema.js";
import type { Agent } from "./factories.js";

export async function insertWorkshop(db: Database, organisationId: string, people: [{ user: { id: string } }, WorkshopRole][]) {
  const [workshop] = await db
    .insert(workshops)
    .values({ organisationId, title: "Atelier planning des intervenants", format: "discovery", objective: "Comprendre les retards de planning", agenda: defaultAgenda("discovery"), status: "scheduled" })
    .returning();
  if (!workshop) throw new Error("workshop not inserted");
  for (const [agent, role] of people) {
    await db.insert(workshopParticipants).values({ organisationId, workshopId: workshop.id, userId: agent.user.id, role });
  }
  return workshop;
}

export const cookieOf = (agent: Agent) => [...agent.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
