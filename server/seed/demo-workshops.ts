/**
 * Workshops of the demo organisation: one closed discovery workshop on online admission, with the
 * event log a real session would have written (notes, clusters, votes, matrix, scores, decisions,
 * actions, feelings), so its minutes, merge review and improvement actions can be shown at once;
 * and one upcoming prioritisation workshop with its brief planned.
 */
import { and, asc, eq, ilike } from "drizzle-orm";
import { defaultPreparationQuestion } from "../../shared/schemas/workshops.js";
import { defaultAgenda } from "../../shared/workshops/formats.js";
import { replay } from "../../shared/workshops/reducer.js";
import type { StoredEvent } from "../../shared/workshops/events.js";
import { journeyLanes, journeys, journeySteps, stakeholderTypes, workshopEvents, workshopParticipants, workshops } from "../db/schema.js";
import type { Tx } from "../platform/database.js";
import { enqueue } from "../platform/jobs.js";
import { recordWorkshopClosed, workshopBriefJob } from "../modules/workshops/index.js";

const day = 86_400_000;

/** The demo people by role: Marie (manager), Laura (admissions), Karim (quality), Julien (viewer), Thomas (guest teacher). */
type People = { marie: string; laura: string; karim: string; julien: string; thomas: string };

export async function seedDemoWorkshops(tx: Tx, organisationId: string, people: People): Promise<void> {
  const [journey] = await tx
    .select({ id: journeys.id })
    .from(journeys)
    .where(and(eq(journeys.organisationId, organisationId), ilike(journeys.title, "Candidature en ligne%")));
  if (!journey) return;
  const steps = await tx
    .select({ id: journeySteps.id, title: journeySteps.title })
    .from(journeySteps)
    .where(eq(journeySteps.journeyId, journey.id))
    .orderBy(asc(journeySteps.position));
  const lanes = await tx
    .select({ id: stakeholderTypes.id, seedKey: stakeholderTypes.seedKey })
    .from(journeyLanes)
    .innerJoin(stakeholderTypes, eq(stakeholderTypes.id, journeyLanes.stakeholderTypeId))
    .where(eq(journeyLanes.journeyId, journey.id));
  const lane = (key: string) => lanes.find((l) => l.seedKey === key)?.id ?? null;
  const applyStep = steps.find((s) => /dépôt|candidature/i.test(s.title)) ?? steps[1] ?? steps[0];
  const ackStep = steps.find((s) => /accusé|réception/i.test(s.title)) ?? steps[2] ?? steps[0];
  const learner = lane("learner.prospective");
  const admissions = lane("staff.admissions");
  if (!applyStep || !ackStep || !learner || !admissions) return;

  const past = new Date(Date.now() - 12 * day);
  past.setUTCHours(8, 30, 0, 0);
  const agenda = defaultAgenda("discovery");
  const [closed] = await tx
    .insert(workshops)
    .values({
      organisationId,
      journeyId: journey.id,
      title: "Candidature en ligne : pourquoi des candidats renoncent",
      format: "discovery",
      objective: "Comprendre ce qui fait abandonner un candidat entre le dépôt du dossier et la réponse, et décider de trois actions.",
      agenda,
      scheduledAt: past,
      location: "Salle du conseil, bâtiment A",
      preparationQuestion: defaultPreparationQuestion.fr,
      status: "closed",
      startedAt: past,
      briefSentAt: new Date(past.getTime() - 7 * day),
      createdBy: people.marie,
    })
    .returning({ id: workshops.id });
  if (!closed) return;
  const roles: [keyof People, string, string | null][] = [
    ["marie", "facilitator", lane("staff.pedagogy")],
    ["karim", "co_facilitator", null],
    ["laura", "participant", admissions],
    ["thomas", "participant", lane("company.host")],
    ["julien", "observer", lane("staff.communication")],
  ];
  const ids: Partial<Record<keyof People, string>> = {};
  for (const [who, role, stakeholderTypeId] of roles) {
    const [row] = await tx
      .insert(workshopParticipants)
      .values({ organisationId, workshopId: closed.id, userId: people[who], role, stakeholderTypeId, isOutsider: who === "thomas" })
      .returning({ id: workshopParticipants.id });
    ids[who] = row?.id;
  }
  const marie = ids.marie as string;
  const laura = ids.laura as string;
  const thomas = ids.thomas as string;
  const karim = ids.karim as string;
  const pain = (stepId: string, stakeholderTypeId: string) => ({ stepId, stakeholderTypeId, kind: "pain", emotion: null });
  const log: [string, string | null, Record<string, unknown>][] = [
    ["workshop.start", marie, { agenda }],
    ["participant.joined", null, { participantId: marie, name: "Marie Lefèvre", role: "facilitator", stakeholderTypeId: lane("staff.pedagogy") }],
    ["participant.joined", null, { participantId: karim, name: "Karim Benali", role: "co_facilitator", stakeholderTypeId: null }],
    ["participant.joined", null, { participantId: laura, name: "Laura Martin", role: "participant", stakeholderTypeId: admissions }],
    ["participant.joined", null, { participantId: thomas, name: "Thomas Petit", role: "participant", stakeholderTypeId: lane("company.host") }],
    ["phase.goto", marie, { index: 1 }],
    ["note.add", laura, { noteId: "n1", text: "Les candidats nous appellent pour savoir si leur dossier est complet" }],
    ["note.add", laura, { noteId: "n2", text: "Pièces manquantes découvertes trois semaines après le dépôt" }],
    ["note.add", thomas, { noteId: "n3", text: "Les entreprises ne savent pas quand le candidat sera admis" }],
    ["note.add", marie, { noteId: "n4", text: "Aucun accusé de réception automatique" }],
    ["note.add", karim, { noteId: "n5", text: "Pas de délai de réponse affiché sur le site" }],
    ["note.add", thomas, { noteId: "n6", text: "Un contact unique côté école pour l'entreprise" }],
    ["phase.goto", marie, { index: 2 }],
    ["notes.reveal", marie, {}],
    ["phase.goto", marie, { index: 3 }],
    ["cluster.create", marie, { clusterId: "c1", name: "Silence après le dépôt", noteIds: ["n1", "n4", "n5"] }],
    ["cluster.create", marie, { clusterId: "c2", name: "Dossier incomplet découvert trop tard", noteIds: ["n2"] }],
    ["cluster.create", laura, { clusterId: "c3", name: "Entreprises d'accueil dans le flou", noteIds: ["n3", "n6"] }],
    ["phase.goto", marie, { index: 4 }],
    ["item.attach", marie, { itemId: "c1", attachment: pain(ackStep.id, learner) }],
    ["item.attach", marie, { itemId: "c2", attachment: pain(applyStep.id, admissions) }],
    ["item.attach", laura, { itemId: "n6", attachment: { stepId: ackStep.id, stakeholderTypeId: learner, kind: "opportunity", emotion: null } }],
    ["item.attach", marie, { itemId: "n1", attachment: { stepId: ackStep.id, stakeholderTypeId: learner, kind: "emotion", emotion: -2 } }],
    ["phase.goto", marie, { index: 5 }],
    ["vote.open", marie, { budget: 3, maxPerItem: 2 }],
    ["vote.cast", laura, { itemId: "c1", delta: 1 }],
    ["vote.cast", laura, { itemId: "c2", delta: 1 }],
    ["vote.cast", thomas, { itemId: "c3", delta: 1 }],
    ["vote.cast", thomas, { itemId: "c1", delta: 1 }],
    ["vote.cast", karim, { itemId: "c1", delta: 1 }],
    ["vote.close", marie, { totals: { c1: 3, c2: 1, c3: 1 } }],
    ["matrix.place", marie, { itemId: "c1", impact: 0.85, effort: 0.2 }],
    ["matrix.place", marie, { itemId: "c2", impact: 0.7, effort: 0.6 }],
    ["matrix.place", marie, { itemId: "c3", impact: 0.4, effort: 0.3 }],
    [
      "scoring.open",
      marie,
      {
        criteria: [
          { id: "k1", name: "Impact sur les candidats" },
          { id: "k2", name: "Facilité de mise en œuvre" },
        ],
      },
    ],
    ["score.set", laura, { itemId: "c1", criterionId: "k1", value: 5, isNew: true }],
    ["score.set", thomas, { itemId: "c1", criterionId: "k1", value: 4, isNew: true }],
    ["score.set", karim, { itemId: "c1", criterionId: "k1", value: 5, isNew: true }],
    ["score.set", laura, { itemId: "c1", criterionId: "k2", value: 4, isNew: true }],
    ["score.set", thomas, { itemId: "c1", criterionId: "k2", value: 3, isNew: true }],
    ["score.set", karim, { itemId: "c1", criterionId: "k2", value: 5, isNew: true }],
    ["scoring.close", marie, { results: { "c1:k1": [4, 5, 5], "c1:k2": [3, 4, 5] } }],
    ["phase.goto", marie, { index: 6 }],
    ["decision.add", marie, { decisionId: "d1", text: "Un accusé de réception automatique, avec la liste des pièces reçues, dès le dépôt du dossier." }],
    ["decision.add", marie, { decisionId: "d2", text: "Le délai de réponse (15 jours ouvrés) est affiché sur la page de candidature." }],
    [
      "action.add",
      marie,
      {
        actionId: "a1",
        title: "Paramétrer l'accusé de réception automatique",
        ownerName: "Laura Martin",
        ownerParticipantId: laura,
        dueDate: new Date(Date.now() + 20 * day).toISOString().slice(0, 10),
      },
    ],
    [
      "action.add",
      marie,
      {
        actionId: "a2",
        title: "Afficher le délai de réponse sur le site",
        ownerName: "Julien Moreau",
        dueDate: new Date(Date.now() - 2 * day).toISOString().slice(0, 10),
      },
    ],
    ["action.add", karim, { actionId: "a3", title: "Nommer un contact unique pour les entreprises d'accueil", ownerName: "Marie Lefèvre", ownerParticipantId: marie, dueDate: null }],
    ["feeling.set", laura, { word: "soulagée" }],
    ["feeling.set", thomas, { word: "utile" }],
    ["feeling.set", karim, { word: "concret" }],
    ["feeling.set", marie, { word: "motivée" }],
    ["workshop.close", marie, {}],
  ];
  const events: StoredEvent[] = log.map(([type, actorId, payload], index) => ({
    seq: index + 1,
    type,
    actorId,
    payload,
    at: new Date(past.getTime() + index * 2 * 60_000).toISOString(),
  }));
  await tx.insert(workshopEvents).values(events.map((event) => ({ organisationId, workshopId: closed.id, ...event, at: new Date(event.at) })));
  await tx.update(workshops).set({ lastSeq: events.length }).where(eq(workshops.id, closed.id));
  await recordWorkshopClosed(tx, organisationId, closed.id, replay(events));
  await tx
    .update(workshops)
    .set({ closedAt: new Date(past.getTime() + events.length * 2 * 60_000) })
    .where(eq(workshops.id, closed.id));

  const upcoming = new Date(Date.now() + 10 * day);
  upcoming.setUTCHours(12, 0, 0, 0);
  const [next] = await tx
    .insert(workshops)
    .values({
      organisationId,
      journeyId: journey.id,
      title: "Accueil des alternants : prioriser les chantiers",
      format: "prioritisation",
      objective: "Choisir, avec les entreprises d'accueil, les deux chantiers à lancer avant la rentrée.",
      agenda: defaultAgenda("prioritisation"),
      scheduledAt: upcoming,
      location: "Salle B204 et en visio",
      preparationQuestion: defaultPreparationQuestion.fr,
      status: "scheduled",
      createdBy: people.marie,
    })
    .returning({ id: workshops.id });
  if (!next) return;
  for (const [who, role, stakeholderTypeId] of [
    ["marie", "facilitator", lane("staff.pedagogy")],
    ["laura", "participant", admissions],
    ["thomas", "participant", lane("company.host")],
  ] as const) {
    await tx
      .insert(workshopParticipants)
      .values({ organisationId, workshopId: next.id, userId: people[who], role, stakeholderTypeId, isOutsider: who === "thomas" });
  }
  await enqueue(
    tx,
    workshopBriefJob,
    { workshopId: next.id, organisationId, scheduledAt: upcoming.toISOString() },
    { runAt: new Date(upcoming.getTime() - 7 * day) },
  );
}
