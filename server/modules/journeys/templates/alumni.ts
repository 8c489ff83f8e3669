/** Template: alumni, from graduation to taking part in the improvement council. */
import { cell, step, type TemplateDef, t } from "./define.js";

export const alumni: TemplateDef = {
  title: t("Diplômés et réseau alumni", "Alumni and alumni network"),
  description: t(
    "Après la certification : remise des diplômes, accompagnement vers l'emploi, réseau alumni, enquête d'insertion à six mois, témoignages et ambassadeurs, participation au conseil de perfectionnement. Sert à garder le lien avec les diplômés et à en faire des relais de la formation.",
    "After certification: graduation, job search support, alumni network, six-month employment survey, testimonials and ambassadors, improvement council. Used to keep in touch with graduates and turn them into advocates for the programme.",
  ),
  lanes: [
    "learner.alumni",
    "learner.prospective",
    "staff.company_relations",
    "staff.communication",
    "staff.quality",
    "staff.pedagogy",
    "company.recruiter",
    "company.council",
  ],
  stages: [
    {
      ref: "stage.graduate",
      title: t("Fin de formation", "Graduation"),
      steps: [
        step("step.graduation", "in_person", "staff.communication", null, {
          title: t("Cérémonie de remise des diplômes", "Graduation ceremony"),
          description: t(
            "Cérémonie avec les familles, les tuteurs et les entreprises partenaires ; premier contact avec le réseau alumni.",
            "Ceremony with families, tutors and partner companies; first contact with the alumni network.",
          ),
          cells: [
            cell("learner.alumni", "direct", 2, {
              actions: t("Reçoit son diplôme et célèbre avec sa promotion", "Receives the diploma and celebrates with the cohort"),
              needsEmotional: t("Voir son parcours reconnu publiquement", "See their journey publicly recognised"),
            }),
            cell("staff.communication", "direct", 1, {
              actions: t("Organise la cérémonie, photos et publications", "Organises the ceremony, photos and posts"),
              opportunities: t("Recueillir l'accord pour rester en contact le jour même", "Collect consent to stay in touch on the day"),
            }),
            cell("staff.pedagogy", "indirect", 1, {
              actions: t("Remet les diplômes et salue les parcours", "Hands out diplomas and celebrates achievements"),
            }),
          ],
        }),
        step("step.exit-survey", "digital", "staff.quality", 24 * 7, {
          title: t("Questionnaire de fin de formation", "End-of-training survey"),
          description: t(
            "Satisfaction globale et recommandation (NPS), recueillies sur téléphone dans la semaine qui suit.",
            "Overall satisfaction and recommendation (NPS), collected on a phone within a week.",
          ),
          cells: [
            cell("learner.alumni", "direct", 0, {
              actions: t("Répond au questionnaire", "Answers the survey"),
              painPoints: t("Sollicité par plusieurs enquêtes à la fois", "Asked to fill in several surveys at once"),
            }),
            cell("staff.quality", "direct", 0, {
              actions: t("Analyse les réponses et traite les détracteurs", "Analyses answers and follows up detractors"),
              opportunities: t("Inviter les promoteurs à témoigner", "Invite promoters to give a testimonial"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.employ",
      title: t("Insertion professionnelle", "Entering employment"),
      steps: [
        step("step.job-support", "in_person", "staff.company_relations", null, {
          title: t("Accompagnement à la recherche d'emploi", "Job search support"),
          description: t(
            "Ateliers, entretiens individuels et mises en relation pour les diplômés encore en recherche.",
            "Workshops, one-to-one sessions and introductions for graduates still looking for work.",
          ),
          cells: [
            cell("learner.alumni", "direct", -2, {
              actions: t("Cherche un emploi, sollicite l'école", "Looks for a job, asks the school for help"),
              needsEmotional: t("Ne pas être oublié une fois diplômé", "Not be forgotten once graduated"),
              painPoints: t("Plus d'accès aux services dès la fin de la formation", "No access to services once the training ends"),
              opportunities: t("Accès aux services maintenu un an après le diplôme", "Access to services kept for a year after graduation"),
            }),
            cell("staff.company_relations", "direct", 0, {
              actions: t("Propose des ateliers et des mises en relation", "Offers workshops and introductions"),
              constraintsTime: t("Priorité donnée aux apprenants en cours de formation", "Priority given to current learners"),
            }),
            cell("company.recruiter", "direct", 1, {
              actions: t("Rencontre des profils qualifiés", "Meets qualified candidates"),
              needsFunctional: t("Des profils disponibles, présentés rapidement", "Available candidates, introduced quickly"),
            }),
          ],
        }),
        step("step.job-offers", "digital", "staff.company_relations", 48, {
          title: t("Diffusion d'offres aux diplômés", "Job offers shared with alumni"),
          description: t(
            "Offres des recruteurs relayées aux diplômés sous 48 h, par profil.",
            "Recruiters' offers passed on to alumni within 48 hours, by profile.",
          ),
          cells: [
            cell("company.recruiter", "direct", 0, {
              actions: t("Dépose une offre pour les diplômés", "Posts an offer for alumni"),
              painPoints: t("Aucun retour sur la diffusion de l'offre", "No feedback on how far the offer went"),
            }),
            cell("learner.alumni", "indirect", 1, {
              actions: t("Reçoit et consulte des offres ciblées", "Receives and reads targeted offers"),
            }),
          ],
        }),
        step("step.insertion-survey", "digital", "staff.quality", 24 * 183, {
          title: t("Enquête d'insertion à six mois", "Six-month employment survey"),
          description: t(
            "Enquête envoyée six mois après la certification : situation, poste, lien avec la formation ; les taux publiés en dépendent.",
            "Survey sent six months after certification: status, job, link with the training; published rates depend on it.",
          ),
          cells: [
            cell("learner.alumni", "direct", -1, {
              actions: t("Répond, souvent après plusieurs relances", "Answers, often after several reminders"),
              painPoints: t("Adresse de l'école désactivée, enquête jamais reçue", "School e-mail deactivated, survey never received"),
            }),
            cell("staff.quality", "direct", -2, {
              actions: t("Envoie, relance et consolide les résultats", "Sends, reminds and consolidates results"),
              constraintsTime: t("Résultats attendus pour la publication et l'audit", "Results expected for publication and audit"),
              painPoints: t("Taux de réponse trop faible pour être fiable", "Response rate too low to be reliable"),
              opportunities: t(
                "Collecte d'une adresse personnelle avant le diplôme et relances par SMS",
                "Collect a personal address before graduation and remind by text message",
              ),
            }),
            cell("staff.company_relations", "direct", 0, {
              actions: t("Relance son réseau de diplômés et d'employeurs", "Reaches out to alumni and employers"),
            }),
            cell("company.council", "indirect", null, {
              actions: t("Attend les résultats pour la revue annuelle", "Awaits results for the yearly review"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.network",
      title: t("Réseau alumni", "Alumni network"),
      steps: [
        step("step.alumni-onboarding", "digital", "staff.communication", 24 * 30, {
          title: t("Inscription au réseau alumni", "Joining the alumni network"),
          description: t("Création du profil, annuaire, groupes par promotion et par métier.", "Profile creation, directory, groups by cohort and by job."),
          cells: [
            cell("learner.alumni", "direct", 0, {
              actions: t("Crée son profil et rejoint les groupes", "Creates a profile and joins groups"),
              needsRelational: t("Garder le lien avec sa promotion", "Keep in touch with the cohort"),
            }),
            cell("staff.communication", "direct", -1, {
              actions: t("Anime l'annuaire et les groupes", "Runs the directory and groups"),
              painPoints: t("Profils incomplets, annuaire vite obsolète", "Incomplete profiles, directory soon out of date"),
            }),
          ],
        }),
        step("step.alumni-events", "in_person", "staff.communication", null, {
          title: t("Rencontres alumni", "Alumni events"),
          description: t("Afterworks, conférences métiers et retrouvailles de promotion.", "Afterwork events, career talks and cohort reunions."),
          cells: [
            cell("learner.alumni", "direct", 1, {
              actions: t("Participe et élargit son réseau", "Attends and widens their network"),
              constraintsTime: t("Disponibilité limitée en début de carrière", "Limited time early in a career"),
            }),
            cell("company.recruiter", "indirect", 1, {
              actions: t("Sponsorise ou intervient lors d'un événement", "Sponsors or speaks at an event"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.engage",
      title: t("Engagement et amélioration", "Engagement and improvement"),
      steps: [
        step("step.testimony", "email", "staff.communication", null, {
          title: t("Invitation à témoigner ou devenir ambassadeur", "Invitation to testify or become an ambassador"),
          description: t(
            "Les diplômés satisfaits sont invités à témoigner, répondre aux questions des candidats et rejoindre le programme ambassadeurs.",
            "Satisfied graduates are invited to give testimonials, answer candidates' questions and join the ambassador programme.",
          ),
          cells: [
            cell("learner.alumni", "direct", 1, {
              actions: t("Écrit un témoignage, répond aux candidats", "Writes a testimonial, answers candidates"),
              needsEmotional: t("Être valorisé pour son engagement", "Be recognised for their involvement"),
              opportunities: t("Badge ambassadeur vérifiable", "Verifiable ambassador badge"),
            }),
            cell("staff.communication", "direct", 1, {
              actions: t("Recrute, accompagne et modère les ambassadeurs", "Recruits, supports and moderates ambassadors"),
            }),
            cell("learner.prospective", "indirect", 1, {
              actions: t("Lit les témoignages et pose ses questions", "Reads testimonials and asks questions"),
              needsRelational: t("Échanger avec quelqu'un qui a suivi la formation", "Talk to someone who took the programme"),
            }),
          ],
        }),
        step("step.mentoring", "digital", "staff.pedagogy", null, {
          title: t("Parrainage des nouveaux apprenants", "Mentoring new learners"),
          description: t("Binômes entre diplômés et apprenants de première année.", "Pairs of graduates and first-year learners."),
          cells: [
            cell("learner.alumni", "direct", 1, {
              actions: t("Conseille un apprenant quelques fois dans l'année", "Advises a learner a few times a year"),
            }),
            cell("staff.pedagogy", "direct", 0, {
              actions: t("Forme les binômes et suit leur activité", "Forms pairs and follows their activity"),
              painPoints: t("Binômes qui s'essoufflent après le premier échange", "Pairs that fade after the first exchange"),
            }),
          ],
        }),
        step("step.council", "in_person", "staff.quality", null, {
          title: t("Participation au conseil de perfectionnement", "Taking part in the improvement council"),
          description: t(
            "Diplômés et entreprises examinent les résultats (insertion, satisfaction, réclamations) et proposent des évolutions.",
            "Alumni and companies review results (employment, satisfaction, complaints) and propose changes.",
          ),
          cells: [
            cell("company.council", "direct", 0, {
              actions: t("Apporte la vision des besoins du métier", "Brings the view of the trade's needs"),
              needsFunctional: t("Des données d'insertion fiables et lisibles", "Reliable, readable employment data"),
            }),
            cell("learner.alumni", "direct", 1, {
              actions: t("Témoigne de l'adéquation entre formation et premier emploi", "Reports how well the training fitted the first job"),
            }),
            cell("staff.pedagogy", "direct", -1, {
              actions: t("Présente le bilan et arbitre les propositions", "Presents the review and weighs the proposals"),
              painPoints: t("Recommandations difficiles à suivre dans l'année", "Recommendations hard to follow up within the year"),
            }),
            cell("staff.quality", "direct", 0, {
              actions: t("Consigne les décisions en actions d'amélioration", "Records decisions as improvement actions"),
            }),
          ],
        }),
      ],
    },
  ],
  links: [
    {
      ref: "link.survey-council",
      from: ["step.insertion-survey", "staff.quality"],
      to: ["step.council", "company.council"],
      sign: 1,
      weight: 3,
      sentence: t(
        "Un faible taux de réponse à l'enquête prive le conseil de perfectionnement de données fiables.",
        "A low response rate to the survey leaves the improvement council without reliable data.",
      ),
    },
    {
      ref: "link.support-testimony",
      from: ["step.job-support", "learner.alumni"],
      to: ["step.testimony", "learner.alumni"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Un diplômé laissé seul dans sa recherche d'emploi deviendra rarement ambassadeur.",
        "A graduate left alone in the job search rarely becomes an ambassador.",
      ),
    },
    {
      ref: "link.testimony-prospects",
      from: ["step.testimony", "learner.alumni"],
      to: ["step.testimony", "learner.prospective"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Sans témoignages de diplômés, les futurs candidats manquent de repères pour choisir.",
        "Without alumni testimonials, prospective candidates lack reference points to choose.",
      ),
    },
    {
      ref: "link.directory-offers",
      from: ["step.alumni-onboarding", "staff.communication"],
      to: ["step.job-offers", "company.recruiter"],
      sign: 1,
      weight: 1,
      sentence: t(
        "Un annuaire alumni peu à jour réduit la portée des offres des recruteurs.",
        "An out-of-date alumni directory reduces the reach of recruiters' offers.",
      ),
    },
  ],
};
