/**
 * Realistic, deterministic sample journeys for tests, benchmarks and demos.
 *
 * `buildSampleJourney({ steps, stakeholders, links, seed })` always returns the same document for
 * the same options (a seeded mulberry32 generator; no clock, no Math.random):
 * - stages: the domain's phases (Découverte, Candidature, Admission, Intégration, Formation,
 *   Stage et alternance, Certification, Alumni), at most one per 5 steps and at least one, the
 *   steps spread evenly over them in journey order, with French titles ("Candidature en ligne"…;
 *   a title reused when a stage needs more steps than the list gets a number: "… (2)");
 * - stakeholders: taken in turn from each category (learner, staff, funder, company, teacher),
 *   so any 5 consecutive ones cover every category; numbered when the list runs out;
 * - cells: one for every step × stakeholder pair (so 100 steps × 20 stakeholders = 2,000 cells),
 *   involvement direct 35 % / indirect 30 % / none 35 %, an emotion −2…+2 for 75 % of involved
 *   cells, and a few filled texts;
 * - links: refs "link-1"…, between random cells; 80 % point forward in the journey (target step
 *   at or after the source step), the rest anywhere (so cycles exist); sign +1 for 80 %, weight
 *   1…3, with a French sentence.
 * Steps flagged "yes"/"no" for moments of truth: about 1 in 10 each; the rest "auto".
 * With at most 5,000 links (the schema's limit), the document passes `parseJourney`.
 */
import type { DocumentCell, DocumentLink, DocumentStage, DocumentStakeholder, JourneyDocument, StakeholderCategory } from "./document.js";
import { channels, emptyCellFields, stakeholderCategories } from "./document.js";

export interface SampleJourneyOptions {
  steps?: number;
  stakeholders?: number;
  links?: number;
  seed?: number;
}

/** mulberry32: a tiny, well-spread 32-bit generator; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STAGES: [string, string[]][] = [
  ["Découverte", ["Salon de l'orientation", "Consultation du site web", "Journée portes ouvertes", "Échange avec un conseiller"]],
  ["Candidature", ["Candidature en ligne", "Dépôt des pièces justificatives", "Accusé de réception", "Relance du dossier incomplet"]],
  ["Admission", ["Entretien de motivation", "Commission d'admission", "Notification de la décision", "Signature du contrat d'apprentissage"]],
  ["Intégration", ["Accueil de la promotion", "Remise du planning", "Ouverture des accès numériques", "Rencontre avec le tuteur"]],
  ["Formation", ["Cours en présentiel", "Évaluation continue", "Émargement des présences", "Conseil de classe"]],
  ["Stage et alternance", ["Recherche d'entreprise", "Signature de la convention", "Visite en entreprise", "Bilan de mi-parcours"]],
  ["Certification", ["Inscription à la certification", "Soutenance devant le jury", "Transmission des résultats au certificateur", "Délivrance du diplôme"]],
  ["Alumni", ["Enquête d'insertion", "Adhésion au réseau alumni", "Témoignage d'ambassadeur", "Invitation au conseil de perfectionnement"]],
];

const STAKEHOLDERS: Record<StakeholderCategory, string[]> = {
  learner: ["Candidat·e", "Apprenti·e", "Stagiaire en formation continue", "Alumni"],
  staff: ["Service des admissions", "Scolarité", "Relations entreprises", "Direction pédagogique", "Référent·e handicap"],
  funder: ["OPCO", "Région", "France Travail"],
  company: ["Entreprise d'accueil", "Maître d'apprentissage", "Tuteur·rice de stage"],
  teacher: ["Enseignant·e permanent·e", "Intervenant·e professionnel·le", "Jury de certification"],
};

const TEXTS = {
  actions: ["Remplit le formulaire", "Vérifie le dossier", "Envoie un courriel de confirmation", "Prépare le support de cours"],
  painPoints: ["Délai de réponse trop long", "Information dispersée", "Planning reçu tardivement", "Plateforme peu lisible sur mobile"],
  opportunities: ["Accusé de réception automatique", "Foire aux questions partagée", "Planning publié six mois à l'avance"],
};

function numbered(title: string, round: number): string {
  return round === 0 ? title : `${title} (${round + 1})`;
}

export function buildSampleJourney(options: SampleJourneyOptions = {}): JourneyDocument {
  const stepCount = Math.max(0, options.steps ?? 40);
  const stakeholderCount = Math.max(0, options.stakeholders ?? 12);
  const linkCount = Math.max(0, options.links ?? 100);
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const stakeholders: DocumentStakeholder[] = [];
  for (let i = 0; i < stakeholderCount; i++) {
    const category = stakeholderCategories[i % stakeholderCategories.length] as StakeholderCategory;
    const names = STAKEHOLDERS[category];
    const k = Math.floor(i / stakeholderCategories.length);
    stakeholders.push({ ref: `sh-${i + 1}`, name: numbered(names[k % names.length] as string, Math.floor(k / names.length)), category });
  }

  const stageCount = Math.min(STAGES.length, Math.max(1, Math.floor(stepCount / 5)));
  const stages: DocumentStage[] = [];
  let made = 0;
  for (let s = 0; s < stageCount; s++) {
    const [title, titles] = STAGES[s] as [string, string[]];
    const size = Math.floor((stepCount * (s + 1)) / stageCount) - Math.floor((stepCount * s) / stageCount);
    const stage: DocumentStage = { ref: `stage-${s + 1}`, title, steps: [] };
    for (let j = 0; j < size; j++) {
      const roll = random();
      stage.steps.push({
        ref: `step-${++made}`,
        title: numbered(titles[j % titles.length] as string, Math.floor(j / titles.length)),
        channel: pick(channels),
        ownerService: pick(STAKEHOLDERS.staff),
        description: random() < 0.5 ? "" : `Étape « ${titles[j % titles.length]} » de la phase ${title}.`,
        targetDelayHours: random() < 0.3 ? pick([24, 48, 72, 168]) : null,
        momentOfTruth: roll < 0.1 ? "yes" : roll < 0.2 ? "no" : "auto",
      });
    }
    stages.push(stage);
  }
  const steps = stages.flatMap((stage) => stage.steps);

  const cells: DocumentCell[] = [];
  for (const step of steps) {
    for (const stakeholder of stakeholders) {
      const roll = random();
      const involvement = roll < 0.35 ? "direct" : roll < 0.65 ? "indirect" : "none";
      const involved = involvement !== "none";
      cells.push({
        stepRef: step.ref,
        stakeholderRef: stakeholder.ref,
        ...emptyCellFields,
        // Written in this order on purpose: each draw advances the seeded generator.
        involvement,
        actions: involved ? pick(TEXTS.actions) : "",
        emotion: involved && random() < 0.75 ? int(-2, 2) : null,
        painPoints: involved && random() < 0.3 ? pick(TEXTS.painPoints) : "",
        opportunities: involved && random() < 0.2 ? pick(TEXTS.opportunities) : "",
      });
    }
  }

  const links: DocumentLink[] = [];
  const name = new Map(stakeholders.map((s) => [s.ref, s.name]));
  const title = new Map(steps.map((s) => [s.ref, s.title]));
  for (let i = 0; i < linkCount && cells.length > 0; i++) {
    const fromIndex = int(0, cells.length - 1);
    const forward = random() < 0.8;
    const toIndex = forward ? int(fromIndex - (fromIndex % stakeholderCount), cells.length - 1) : int(0, cells.length - 1);
    const from = cells[fromIndex] as DocumentCell;
    const to = cells[toIndex] as DocumentCell;
    const sign = random() < 0.8 ? 1 : -1;
    const head = `Si « ${title.get(from.stepRef)} » se passe mal pour ${name.get(from.stakeholderRef)}`;
    const tail =
      sign === 1
        ? `« ${title.get(to.stepRef)} » en pâtit pour ${name.get(to.stakeholderRef)}.`
        : `${name.get(to.stakeholderRef)} est épargné·e à « ${title.get(to.stepRef)} ».`;
    links.push({
      ref: `link-${i + 1}`,
      from: { stepRef: from.stepRef, stakeholderRef: from.stakeholderRef },
      to: { stepRef: to.stepRef, stakeholderRef: to.stakeholderRef },
      sign,
      weight: pick([1, 2, 3] as const),
      sentence: `${head}, ${tail}`,
    });
  }

  return {
    format: "tutti.journey.v1",
    title: "Parcours apprenant étendu — exemple",
    description: "Parcours d'exemple généré pour les tests et les mesures de performance.",
    locale: "fr",
    stakeholders,
    stages,
    cells,
    links,
  };
}
