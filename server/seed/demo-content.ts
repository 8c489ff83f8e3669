/** Programmes, personas and journeys of the demo organisation (French content). */
import { eq } from "drizzle-orm";
import { personas, programmes, stakeholderTypes } from "../db/schema.js";
import { importDocument, journeyTemplate } from "../modules/journeys/index.js";
import type { Tx } from "../platform/database.js";

const demoPersonas = [
  {
    typeKey: "learner.prospective",
    name: "Sarah",
    role: "Candidate au Master Marketing Digital, en licence Information-Communication",
    age: 22,
    experience: "Deux stages en agence de communication",
    goals: "Entrer en master en alternance ; trouver une entreprise d'accueil avant septembre",
    frustrations: "Ne pas savoir si son dossier est complet ; des réponses qui tardent",
    motivations: "Le rythme de l'alternance, le réseau des anciens",
    needs: "Un accusé de réception rapide, un calendrier clair des étapes",
    constraints: "Budget serré : l'alternance conditionne son inscription",
    quote: "J'ai besoin de savoir où en est mon dossier, même si la réponse est « pas encore ».",
  },
  {
    typeKey: "staff.pedagogy",
    name: "Marie",
    role: "Responsable pédagogique",
    age: 42,
    experience: "12 ans dans l'établissement, ancienne cheffe de projet digital",
    scope: "3 formations, 450 apprenants, 40 intervenants",
    goals: "Des plannings bouclés tôt, des intervenants fidèles, une satisfaction apprenant en hausse",
    frustrations: "Découvrir les problèmes en fin de semestre, par une réclamation",
    motivations: "Voir ses promotions réussir et s'insérer",
    needs: "Une vue d'ensemble du parcours, des indicateurs par étape",
    constraints: "Peu de temps ; des outils dispersés",
    quote: "Je veux voir venir les problèmes, pas les découvrir dans l'enquête de fin d'année.",
  },
  {
    typeKey: "teacher.external",
    name: "Thomas",
    role: "Intervenant professionnel en stratégie social media",
    age: 38,
    experience: "Directeur conseil en agence, intervient depuis 4 ans",
    scope: "24 heures de cours par an en M2",
    goals: "Préparer ses cours sereinement, transmettre son métier",
    frustrations: "Recevoir le planning trois semaines avant le début des cours",
    motivations: "Repérer de futurs talents pour son agence",
    needs: "Un planning six mois à l'avance, un interlocuteur unique",
    constraints: "Agenda client chargé, peu de souplesse",
    quote: "Avec le planning plus tôt, je bloque mes dates et je prépare mieux.",
  },
  {
    typeKey: "company.host",
    name: "Claire",
    role: "Tutrice d'apprentie, responsable marketing d'une PME",
    age: 35,
    experience: "Deuxième alternante accueillie",
    goals: "Une apprentie opérationnelle rapidement",
    frustrations: "Ne pas savoir ce que l'apprentie apprend à l'école",
    motivations: "Former une future recrue",
    needs: "Le calendrier d'alternance, un contact pédagogique joignable",
    constraints: "Peu de temps pour les visites et les évaluations",
    quote: "Je veux savoir sur quoi elle travaille à l'école pour lui confier les bonnes missions.",
  },
];

/** Adds the demo programmes, personas and two journeys from templates. */
export async function seedDemoContent(tx: Tx, organisationId: string, createdBy: string): Promise<void> {
  const [master] = await tx
    .insert(programmes)
    .values([
      {
        organisationId,
        title: "Master Marketing Digital",
        rncpCode: "RNCP38590",
        level: "Niveau 7 (bac + 5)",
        modality: "apprenticeship",
        durationHours: 1200,
        location: "Lyon",
        description:
          "Deux ans pour piloter la stratégie digitale d'une marque : acquisition, contenus, données, e-commerce. En alternance ou en formation initiale.",
        places: 60,
      },
      {
        organisationId,
        title: "Licence professionnelle E-commerce et marketing numérique",
        rncpCode: "RNCP29967",
        level: "Niveau 6 (bac + 3)",
        modality: "apprenticeship",
        durationHours: 550,
        location: "Lyon",
        description: "Un an en alternance pour gérer une boutique en ligne et ses campagnes.",
        places: 28,
      },
    ])
    .returning({ id: programmes.id });

  const types = await tx
    .select({ id: stakeholderTypes.id, seedKey: stakeholderTypes.seedKey })
    .from(stakeholderTypes)
    .where(eq(stakeholderTypes.organisationId, organisationId));
  const typeId = (key: string) => types.find((type) => type.seedKey === key)?.id;
  for (const { typeKey, ...persona } of demoPersonas) {
    const stakeholderTypeId = typeId(typeKey);
    if (stakeholderTypeId) await tx.insert(personas).values({ organisationId, stakeholderTypeId, ...persona });
  }

  for (const key of ["online-admission", "course-planning"]) {
    const template = journeyTemplate(key, "fr");
    if (template)
      await importDocument(tx, organisationId, template, {
        title: `${template.title} — Master Marketing Digital`,
        programmeId: master?.id ?? null,
        isTemplate: false,
        createdBy,
      });
  }
}
