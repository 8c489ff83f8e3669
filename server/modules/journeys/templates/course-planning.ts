/** Template: planning and delivering courses with external professionals (intervenants). */
import { cell, step, type TemplateDef, t } from "./define.js";

export const coursePlanning: TemplateDef = {
  title: t("Planification des cours avec des intervenants extérieurs", "Course planning with external teachers"),
  description: t(
    "De la conception du programme au point semestriel avec les intervenants : recrutement des professionnels, planning transmis six mois à l'avance, contrats, logistique, cours, évaluation. Sert à montrer comment l'expérience des intervenants se répercute sur celle des apprenants.",
    "From programme design to the half-yearly check-point with teachers: recruiting professionals, a timetable shared six months ahead, contracts, logistics, delivery, evaluation. Used to show how the external teachers' experience carries over to the learners'.",
  ),
  lanes: ["staff.pedagogy", "staff.registrar", "teacher.external", "teacher.permanent", "learner.current", "staff.finance", "staff.it", "staff.quality"],
  stages: [
    {
      ref: "stage.design",
      title: t("Conception", "Design"),
      steps: [
        step("step.needs", "in_person", "staff.pedagogy", null, {
          title: t("Analyse des besoins et des compétences visées", "Needs and target skills analysis"),
          description: t(
            "Le responsable de formation croise le référentiel de compétences, les retours du conseil de perfectionnement et les évaluations de l'année passée.",
            "The programme leader cross-checks the skills framework, improvement council feedback and last year's evaluations.",
          ),
          cells: [
            cell("staff.pedagogy", "direct", 1, {
              actions: t("Liste les compétences à couvrir et les modules à faire évoluer", "Lists the skills to cover and the modules to change"),
              needsFunctional: t("Des retours d'évaluation exploitables par module", "Evaluation feedback usable per module"),
              constraintsTime: t("Travail mené pendant l'année en cours", "Work done while the current year is running"),
            }),
            cell("staff.quality", "indirect", 0, {
              actions: t("Fournit la synthèse des appréciations et des réclamations", "Provides the summary of feedback and complaints"),
              opportunities: t("Tableau de bord par module prêt avant la revue", "Per-module dashboard ready before the review"),
            }),
          ],
        }),
        step("step.syllabus", "document", "staff.pedagogy", 24 * 30, {
          title: t("Construction de la maquette et des modules", "Building the curriculum and modules"),
          description: t(
            "Volume horaire, objectifs, modalités d'évaluation et profil d'intervenant attendu pour chaque module.",
            "Hours, objectives, assessment methods and expected teacher profile for each module.",
          ),
          cells: [
            cell("staff.pedagogy", "direct", 0, {
              actions: t("Rédige les fiches modules et arbitre les volumes horaires", "Writes module sheets and decides on hours"),
              constraintsBudget: t("Enveloppe d'heures d'intervention limitée", "Limited budget of teaching hours"),
            }),
            cell("teacher.permanent", "direct", 0, {
              actions: t("Propose les contenus de ses modules et les articulations", "Proposes content for their modules and how they connect"),
              needsRelational: t("Être associé aux choix plutôt qu'informé après coup", "Be involved in decisions rather than told afterwards"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.recruit",
      title: t("Recrutement des intervenants", "Recruiting teachers"),
      steps: [
        step("step.source", "phone", "staff.pedagogy", null, {
          title: t("Identification des intervenants professionnels", "Finding external professionals"),
          description: t(
            "Sollicitation du réseau, des entreprises partenaires et des anciens pour trouver des professionnels en activité.",
            "Reaching out to the network, partner companies and alumni to find practising professionals.",
          ),
          cells: [
            cell("staff.pedagogy", "direct", -1, {
              actions: t("Contacte des professionnels et présente le module", "Contacts professionals and presents the module"),
              painPoints: t("Vivier restreint, désistements tardifs", "Small pool, late withdrawals"),
              opportunities: t("Annuaire partagé des intervenants avec leurs disponibilités", "Shared directory of teachers with their availability"),
            }),
            cell("teacher.external", "direct", 1, {
              actions: t("Évalue l'intérêt et la compatibilité avec son activité", "Weighs interest and fit with their own work"),
              needsFunctional: t("Connaître tôt le volume, les dates possibles et la rémunération", "Know the hours, possible dates and pay early on"),
              needsEmotional: t("Transmettre son métier et être reconnu comme expert", "Pass on their trade and be recognised as an expert"),
            }),
          ],
        }),
        step("step.contract", "document", "staff.finance", 24 * 30, {
          title: t("Contrat et conditions de rémunération", "Contract and pay conditions"),
          description: t(
            "Contrat de vacation ou bon de commande, pièces administratives, autorisation de cumul le cas échéant.",
            "Sessional contract or purchase order, administrative documents, outside work authorisation if needed.",
          ),
          cells: [
            cell("teacher.external", "direct", -1, {
              actions: t("Fournit ses pièces et signe le contrat", "Provides documents and signs the contract"),
              painPoints: t(
                "Pièces redemandées chaque année, contrat reçu après le premier cours",
                "Same documents asked every year, contract received after the first class",
              ),
              opportunities: t("Dossier intervenant conservé d'une année sur l'autre", "Teacher file kept from one year to the next"),
            }),
            cell("staff.finance", "direct", 0, {
              actions: t("Établit le contrat et vérifie les conditions de cumul", "Draws up the contract and checks outside work rules"),
              constraintsBudget: t("Taux horaires plafonnés", "Capped hourly rates"),
            }),
            cell("staff.registrar", "indirect", null, {
              actions: t("Attend le contrat signé pour programmer les séances", "Waits for the signed contract to schedule sessions"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.plan",
      title: t("Planification", "Planning"),
      steps: [
        step("step.timetable", "email", "staff.registrar", 24 * 183, {
          title: t("Planning transmis six mois à l'avance", "Timetable shared six months ahead"),
          description: t(
            "Les dates, horaires et salles de chaque séance sont envoyés aux intervenants six mois avant le début du semestre, puis tenus à jour.",
            "Dates, times and rooms for every session are sent to teachers six months before the term starts, then kept up to date.",
          ),
          cells: [
            cell("teacher.external", "direct", -2, {
              actions: t("Bloque les dates dans son agenda professionnel", "Blocks the dates in their work diary"),
              needsFunctional: t(
                "Un planning ferme suffisamment tôt pour s'organiser avec son employeur",
                "A firm timetable early enough to arrange with their employer",
              ),
              constraintsTime: t("Agenda professionnel rempli plusieurs mois à l'avance", "Work diary full months ahead"),
              painPoints: t(
                "Planning reçu quelques semaines avant, dates déplacées sans concertation",
                "Timetable received a few weeks before, dates moved without consultation",
              ),
              opportunities: t(
                "Recueil des disponibilités en ligne et planning publié à date fixe",
                "Online availability collection and timetable published on a fixed date",
              ),
            }),
            cell("staff.registrar", "direct", -1, {
              actions: t(
                "Construit le planning sous contraintes de salles, rythmes et disponibilités",
                "Builds the timetable around rooms, work-study rhythm and availability",
              ),
              constraintsTechnical: t("Logiciel de planning sans vue pour les intervenants", "Scheduling software with no view for teachers"),
              painPoints: t("Disponibilités recueillies par courriel, tardivement", "Availability collected by email, late"),
            }),
            cell("staff.pedagogy", "direct", 0, {
              actions: t("Arbitre l'ordre des modules et les conflits de dates", "Decides module order and resolves date conflicts"),
            }),
            cell("learner.current", "indirect", -1, {
              actions: t("Découvre son emploi du temps du semestre", "Discovers the term timetable"),
              needsFunctional: t("Prévoir ses périodes en entreprise et sa vie personnelle", "Plan company periods and personal life"),
            }),
          ],
        }),
        step("step.logistics", "digital", "staff.it", 24 * 7, {
          title: t("Salles, matériel et accès en ligne", "Rooms, equipment and online access"),
          description: t(
            "Réservation des salles, matériel, comptes de l'environnement numérique et liens de visio pour les séances à distance.",
            "Room booking, equipment, learning platform accounts and video links for remote sessions.",
          ),
          cells: [
            cell("staff.it", "direct", 0, {
              actions: t("Crée les comptes intervenants et prépare les salles équipées", "Creates teacher accounts and prepares equipped rooms"),
              constraintsTechnical: t("Comptes d'intervenants extérieurs créés à la main", "External teacher accounts created by hand"),
            }),
            cell("teacher.external", "direct", -1, {
              actions: t("Active son compte et teste la salle ou la visio", "Activates the account and tests the room or video link"),
              painPoints: t(
                "Identifiants reçus la veille, aucun contact technique le jour J",
                "Credentials received the day before, no technical contact on the day",
              ),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.deliver",
      title: t("Réalisation", "Delivery"),
      steps: [
        step("step.delivery", "in_person", "staff.pedagogy", null, {
          title: t("Déroulement des cours", "Course delivery"),
          description: t(
            "Séances en présentiel ou à distance, émargement, dépôt des supports sur la plateforme.",
            "Sessions on site or remote, attendance sign-off, course materials posted on the platform.",
          ),
          cells: [
            cell("learner.current", "direct", 1, {
              actions: t("Suit le cours, pose des questions, signe la feuille d'émargement", "Attends, asks questions, signs the attendance sheet"),
              needsFunctional: t("Des cas concrets reliés à ses missions en entreprise", "Concrete cases linked to their company work"),
              painPoints: t("Cours peu préparé ou redondant avec un autre module", "Course poorly prepared or overlapping with another module"),
            }),
            cell("teacher.external", "direct", 1, {
              actions: t("Anime la séance et partage ses supports", "Runs the session and shares materials"),
              needsRelational: t("Connaître le niveau du groupe et ce qui a été vu avant", "Know the group's level and what was covered before"),
            }),
            cell("teacher.permanent", "indirect", 0, {
              actions: t("Assure la cohérence avec les autres modules", "Keeps consistency with other modules"),
            }),
          ],
        }),
        step("step.changes", "phone", "staff.registrar", 24, {
          title: t("Absence ou changement de dernière minute", "Last-minute absence or change"),
          description: t(
            "Un intervenant annule ou une salle n'est plus disponible : remplacement, report et information des apprenants dans la journée.",
            "A teacher cancels or a room is unavailable: replacement, rescheduling and learners informed within the day.",
          ),
          cells: [
            cell("staff.registrar", "direct", -2, {
              actions: t("Cherche une solution et prévient tout le monde", "Finds a solution and informs everyone"),
              painPoints: t(
                "Information par plusieurs canaux, certains apprenants ne la reçoivent pas",
                "Information through several channels, some learners miss it",
              ),
              opportunities: t("Notification unique sur téléphone pour toute la promotion", "Single phone notification for the whole cohort"),
            }),
            cell("learner.current", "direct", -2, {
              actions: t("Se déplace parfois pour rien, réorganise son temps en entreprise", "Sometimes travels for nothing, reorganises company time"),
              needsEmotional: t("Sentir que son temps est respecté", "Feel that their time is respected"),
            }),
            cell("teacher.external", "direct", -1, {
              actions: t("Prévient de son absence et propose une date de report", "Reports the absence and suggests a new date"),
              constraintsTime: t("Urgences de son activité principale", "Emergencies in their main job"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.evaluate",
      title: t("Évaluation et amélioration", "Evaluation and improvement"),
      steps: [
        step("step.grades", "digital", "staff.registrar", 24 * 15, {
          title: t("Saisie des notes", "Entering grades"),
          description: t(
            "Les intervenants saisissent les notes et appréciations dans les quinze jours suivant l'épreuve.",
            "Teachers enter grades and comments within fifteen days of the assessment.",
          ),
          cells: [
            cell("teacher.external", "direct", -1, {
              actions: t("Corrige et saisit les notes", "Marks and enters grades"),
              painPoints: t("Outil de saisie inconnu, utilisé une fois par an", "Unfamiliar grading tool, used once a year"),
            }),
            cell("staff.registrar", "direct", -1, {
              actions: t("Relance les notes manquantes avant le jury", "Chases missing grades before the board"),
            }),
            cell("learner.current", "indirect", 0, {
              actions: t("Attend ses résultats", "Waits for results"),
            }),
          ],
        }),
        step("step.course-eval", "digital", "staff.quality", 24 * 7, {
          title: t("Évaluation des enseignements par les apprenants", "Course evaluation by learners"),
          description: t(
            "Questionnaire court en fin de module, sur téléphone, avec restitution aux intervenants.",
            "Short end-of-module survey on a phone, with results shared with teachers.",
          ),
          cells: [
            cell("learner.current", "direct", 0, {
              actions: t("Répond au questionnaire", "Answers the survey"),
              needsEmotional: t("Voir que son avis change quelque chose", "See that their opinion changes something"),
              painPoints: t("Questionnaires trop longs et sans retour", "Surveys too long and with no follow-up"),
            }),
            cell("staff.quality", "direct", 0, {
              actions: t("Diffuse, relance et consolide les résultats", "Sends, reminds and consolidates results"),
              constraintsTime: t("Taux de réponse faible après la fin du module", "Low response rate once the module is over"),
            }),
            cell("teacher.external", "indirect", 1, {
              actions: t("Reçoit la synthèse de son module", "Receives the summary for their module"),
            }),
          ],
        }),
        step("step.payment", "document", "staff.finance", 24 * 45, {
          title: t("Paiement des vacations", "Paying teaching hours"),
          description: t("Service fait attesté puis paiement des heures d'intervention.", "Hours certified as delivered, then paid."),
          cells: [
            cell("teacher.external", "direct", -2, {
              actions: t("Déclare ses heures et attend le paiement", "Declares hours and waits for payment"),
              painPoints: t("Paiement plusieurs mois après le cours", "Payment several months after teaching"),
            }),
            cell("staff.finance", "direct", -1, {
              actions: t("Contrôle le service fait et met en paiement", "Checks hours delivered and releases payment"),
              constraintsTechnical: t("Attestations de service fait sur papier", "Paper certificates of hours delivered"),
            }),
          ],
        }),
        step("step.checkpoint", "digital", "staff.quality", null, {
          title: t("Point semestriel avec les intervenants", "Half-yearly teacher check-point"),
          description: t(
            "Questionnaire et échange chaque semestre sur l'organisation, la communication, le planning et le groupe.",
            "Survey and discussion every term about organisation, communication, timetable and the group.",
          ),
          cells: [
            cell("teacher.external", "direct", 0, {
              actions: t("Donne son avis sur l'organisation et le groupe", "Gives feedback on organisation and the group"),
              needsRelational: t("Un lien suivi avec l'équipe pédagogique", "An ongoing relationship with the pedagogical team"),
              opportunities: t("Communauté d'intervenants et rencontre annuelle", "Teacher community and yearly meeting"),
            }),
            cell("staff.quality", "direct", 1, {
              actions: t("Analyse les réponses et ouvre des actions d'amélioration", "Analyses answers and opens improvement actions"),
            }),
            cell("staff.pedagogy", "direct", 1, {
              actions: t("Décide des ajustements pour le semestre suivant", "Decides adjustments for the next term"),
            }),
          ],
        }),
      ],
    },
  ],
  links: [
    {
      ref: "link.timetable-delivery",
      from: ["step.timetable", "teacher.external"],
      to: ["step.delivery", "learner.current"],
      sign: 1,
      weight: 3,
      sentence: t("Un planning reçu tard réduit la préparation des cours.", "A timetable received late leaves less time to prepare the course."),
    },
    {
      ref: "link.timetable-changes",
      from: ["step.timetable", "teacher.external"],
      to: ["step.changes", "learner.current"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Des dates imposées sans tenir compte des disponibilités entraînent des annulations de dernière minute.",
        "Dates set without regard to availability lead to last-minute cancellations.",
      ),
    },
    {
      ref: "link.logistics-delivery",
      from: ["step.logistics", "staff.it"],
      to: ["step.delivery", "learner.current"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Une salle ou une visio non prête fait perdre le début de la séance.",
        "A room or video link that is not ready wastes the start of the session.",
      ),
    },
    {
      ref: "link.payment-sourcing",
      from: ["step.payment", "teacher.external"],
      to: ["step.source", "staff.pedagogy"],
      sign: 1,
      weight: 3,
      sentence: t(
        "Des vacations payées avec des mois de retard découragent les intervenants de revenir l'année suivante.",
        "Teaching hours paid months late discourage teachers from coming back the following year.",
      ),
    },
    {
      ref: "link.eval-checkpoint",
      from: ["step.course-eval", "learner.current"],
      to: ["step.checkpoint", "teacher.external"],
      sign: 1,
      weight: 1,
      sentence: t(
        "Sans réponses des apprenants, le point semestriel manque d'éléments concrets pour l'intervenant.",
        "Without learners' answers, the half-yearly check-point lacks concrete material for the teacher.",
      ),
    },
  ],
};
