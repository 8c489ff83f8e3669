/**
 * Survey templates from the field, in French and English. Each names the stakeholder type it is
 * addressed to (a taxonomy seed key) and the recurrence that usually fits.
 */
import type { QuestionInput } from "../schemas/surveys.js";

export type SurveyTemplate = {
  key: string;
  title: { fr: string; en: string };
  description: { fr: string; en: string };
  stakeholderKey: string;
  recurrence: "none" | "half_yearly" | "yearly";
  isAnonymous: boolean;
  questions: QuestionInput[];
};

const q = (kind: QuestionInput["kind"], fr: string, en: string, isRequired = false, options: [string, string, string][] = []): QuestionInput => ({
  kind,
  label: { fr, en },
  isRequired,
  options: options.map(([id, optionFr, optionEn]) => ({ id, label: { fr: optionFr, en: optionEn } })),
});

const comment = q("text", "Qu'est-ce qui vous ferait changer d'avis, ou que faudrait-il garder ?", "What would change your mind, or what should we keep?");
const recommendToFriend = q("nps", "Recommanderiez-vous cette formation à un ami ou un collègue ?", "Would you recommend this programme to a friend or colleague?", true);

type Audience = Pick<SurveyTemplate, "stakeholderKey" | "recurrence" | "isAnonymous">;

/** Title and description come as [fr, en], so that each template below reads as its own content only. */
const template = (key: string, title: [string, string], description: [string, string], audience: Audience, questions: QuestionInput[]): SurveyTemplate => ({
  key,
  title: { fr: title[0], en: title[1] },
  description: { fr: description[0], en: description[1] },
  ...audience,
  questions,
});

export const surveyTemplates: SurveyTemplate[] = [
  template(
    "module-hot",
    ["Évaluation à chaud de fin de module", "End-of-module evaluation (immediate)"],
    ["Le dernier jour du module, en deux minutes.", "On the last day of the module, in two minutes."],
    { stakeholderKey: "learner.current", recurrence: "none", isAnonymous: true },
    [
      q("satisfaction", "Dans l'ensemble, êtes-vous satisfait(e) de ce module ?", "Overall, how satisfied are you with this module?", true),
      q("satisfaction", "Les contenus étaient-ils utiles pour votre futur métier ?", "Was the content useful for your future job?"),
      q("effort", "Quel effort vous a demandé l'organisation pratique (salles, planning, outils) ?", "How much effort did the practical organisation take (rooms, timetable, tools)?"),
      recommendToFriend,
      comment,
    ],
  ),
  template(
    "follow-up-3-months",
    ["Évaluation à froid à trois mois", "Three-month follow-up evaluation"],
    ["Trois mois après la formation : qu'en reste-t-il au travail ?", "Three months after the programme: what is left at work?"],
    { stakeholderKey: "learner.alumni", recurrence: "none", isAnonymous: true },
    [
      q("yes_no", "Utilisez-vous dans votre travail ce que vous avez appris ?", "Do you use what you learnt in your work?", true),
      q("single_choice", "Quelle est votre situation aujourd'hui ?", "What is your situation today?", false, [
        ["job", "En emploi dans le domaine", "Employed in the field"],
        ["other-job", "En emploi hors du domaine", "Employed outside the field"],
        ["studies", "En poursuite d'études", "Continuing studies"],
        ["seeking", "En recherche d'emploi", "Looking for work"],
      ]),
      recommendToFriend,
      comment,
    ],
  ),
  template(
    "teacher-checkpoint",
    ["Point semestriel des intervenants", "Half-yearly teacher check-point"],
    ["Planning, logistique, échanges avec l'équipe : ce qui aide et ce qui gêne.", "Timetable, logistics, exchanges with the team: what helps and what hinders."],
    { stakeholderKey: "teacher.external", recurrence: "half_yearly", isAnonymous: true },
    [
      q("satisfaction", "Avez-vous reçu votre planning assez tôt pour préparer vos cours ?", "Did you receive your timetable early enough to prepare your classes?", true),
      q("effort", "Quel effort vous ont demandé les démarches administratives (contrat, émargement, paiement) ?", "How much effort did the paperwork take (contract, attendance sheets, payment)?"),
      q("multiple_choice", "Qu'est-ce qui vous aiderait le plus ?", "What would help you most?", false, [
        ["early-timetable", "Un planning six mois à l'avance", "A timetable six months ahead"],
        ["single-contact", "Un interlocuteur unique", "A single contact person"],
        ["equipment", "Des salles et équipements fiables", "Reliable rooms and equipment"],
        ["learner-info", "Mieux connaître le groupe avant le cours", "Knowing the group better before class"],
      ]),
      q("nps", "Recommanderiez-vous à un confrère d'intervenir dans cette formation ?", "Would you recommend a colleague to teach in this programme?"),
      comment,
    ],
  ),
  template(
    "internship-tutor-review",
    ["Bilan de fin de stage par le tuteur", "End-of-internship review by the company tutor"],
    ["Le regard de l'entreprise sur le stagiaire ou l'alternant et sur l'établissement.", "The company's view of the intern or apprentice and of the school."],
    { stakeholderKey: "company.host", recurrence: "none", isAnonymous: false },
    [
      q("satisfaction", "Le stagiaire ou l'alternant a-t-il répondu à vos attentes ?", "Did the intern or apprentice meet your expectations?", true),
      q("satisfaction", "Le suivi par l'établissement (visites, contacts) vous a-t-il convenu ?", "Were you satisfied with the school's follow-up (visits, contacts)?"),
      q("yes_no", "Accueilleriez-vous un autre étudiant de cette formation ?", "Would you host another student from this programme?", true),
      q("nps", "Recommanderiez-vous cette formation à une autre entreprise ?", "Would you recommend this programme to another company?"),
      comment,
    ],
  ),
  template(
    "funder-yearly",
    ["Appréciation annuelle des financeurs", "Yearly funder appreciation"],
    ["Traçabilité, résultats, relation : ce que le financeur en pense.", "Traceability, results, relationship: what the funder thinks."],
    { stakeholderKey: "funder.opco", recurrence: "yearly", isAnonymous: false },
    [
      q("satisfaction", "Les justificatifs (émargements, attestations) vous parviennent-ils dans les délais ?", "Do the supporting documents (attendance, certificates) reach you on time?", true),
      q("satisfaction", "Les résultats de la formation répondent-ils à vos objectifs ?", "Do the programme's results meet your objectives?"),
      q("effort", "Quel effort vous demande le suivi administratif de ce dossier ?", "How much effort does the administrative follow-up of this file take?"),
      comment,
    ],
  ),
  template(
    "staff-process-review",
    ["Revue de processus par le personnel", "Staff process review"],
    ["Pour un service : ce qui fonctionne dans le processus et ce qui bloque.", "For a service: what works in the process and what gets stuck."],
    { stakeholderKey: "staff.admissions", recurrence: "half_yearly", isAnonymous: true },
    [
      q("effort", "Quel effort vous demande ce processus au quotidien ?", "How much effort does this process take day to day?", true),
      q("satisfaction", "Disposez-vous des informations nécessaires au bon moment ?", "Do you have the information you need at the right time?"),
      q("multiple_choice", "Où se situent les principaux blocages ?", "Where are the main bottlenecks?", false, [
        ["tools", "Les outils", "Tools"],
        ["handover", "Les passages de relais entre services", "Hand-overs between services"],
        ["deadlines", "Les délais", "Deadlines"],
        ["workload", "La charge de travail", "Workload"],
      ]),
      comment,
    ],
  ),
];

export function surveyTemplate(key: string): SurveyTemplate | null {
  return surveyTemplates.find((template) => template.key === key) ?? null;
}
