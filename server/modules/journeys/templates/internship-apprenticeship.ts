/** Template: internship and apprenticeship, from the company search to the tutor's final review. */
import { cell, step, type TemplateDef, t } from "./define.js";

export const internshipApprenticeship: TemplateDef = {
  title: t("Stage et alternance", "Internship and apprenticeship"),
  description: t(
    "De la recherche d'entreprise au bilan du tuteur : validation des missions, convention de stage ou contrat d'apprentissage, financement OPCO, intégration, suivi, évaluations. Sert à coordonner apprenant, entreprise et établissement autour des moments où tout peut se bloquer.",
    "From the company search to the tutor's review: mission approval, internship agreement or apprenticeship contract, OPCO funding, onboarding, follow-up, evaluations. Used to coordinate learner, company and school around the moments where everything can stall.",
  ),
  lanes: ["learner.current", "company.host", "staff.company_relations", "staff.pedagogy", "teacher.permanent", "staff.registrar", "funder.opco"],
  stages: [
    {
      ref: "stage.search",
      title: t("Recherche d'entreprise", "Company search"),
      steps: [
        step("step.offers", "digital", "staff.company_relations", null, {
          title: t("Diffusion des offres et job dating", "Job board and recruitment events"),
          description: t(
            "Les offres des entreprises partenaires sont publiées sur la plateforme de l'établissement ; des rencontres de recrutement sont organisées.",
            "Offers from partner companies are posted on the school's job board; recruitment events are organised.",
          ),
          cells: [
            cell("staff.company_relations", "direct", 0, {
              actions: t(
                "Collecte les offres, qualifie les entreprises, organise les job datings",
                "Collects offers, screens companies, runs recruitment events",
              ),
              constraintsTime: t("Afflux d'offres concentré au printemps", "Offers arrive in a rush in spring"),
            }),
            cell("company.host", "direct", 1, {
              actions: t("Dépose une offre et rencontre des candidats", "Posts an offer and meets candidates"),
              needsFunctional: t("Des profils correspondant au rythme et aux missions proposés", "Profiles that match the work-study rhythm and missions"),
            }),
          ],
        }),
        step("step.company-search", "digital", "staff.company_relations", null, {
          title: t("Recherche et candidatures de l'apprenant", "The learner's search and applications"),
          description: t(
            "L'apprenant postule, relance, passe des entretiens ; un point régulier est fait avec les relations entreprises.",
            "The learner applies, follows up and goes to interviews, with regular check-ins with company relations.",
          ),
          cells: [
            cell("learner.current", "direct", -2, {
              actions: t("Envoie des candidatures et prépare ses entretiens", "Sends applications and prepares interviews"),
              needsEmotional: t("Ne pas se sentir seul face aux refus", "Not feel alone when facing rejections"),
              constraintsTime: t("Date limite pour signer un contrat et rester dans la formation", "Deadline to sign a contract and stay in the programme"),
              painPoints: t("Peu de réponses, crainte de perdre sa place", "Few replies, fear of losing their place"),
              opportunities: t(
                "Ateliers CV et mise en relation ciblée avec les entreprises partenaires",
                "CV workshops and targeted introductions to partner companies",
              ),
            }),
            cell("staff.company_relations", "direct", 0, {
              actions: t("Suit les apprenants sans entreprise et fait des mises en relation", "Follows learners without a company and makes introductions"),
              painPoints: t("Pas de vue d'ensemble de l'avancement des recherches", "No overview of how searches are going"),
            }),
            cell("company.host", "direct", 0, {
              actions: t("Sélectionne un candidat", "Selects a candidate"),
            }),
          ],
        }),
        step("step.offer-validation", "document", "staff.pedagogy", 24 * 5, {
          title: t("Validation des missions", "Mission approval"),
          description: t(
            "L'équipe pédagogique vérifie que les missions proposées correspondent au référentiel de la formation.",
            "The pedagogical team checks that the proposed missions match the programme's skills framework.",
          ),
          cells: [
            cell("staff.pedagogy", "direct", 0, {
              actions: t("Analyse la fiche de poste et demande des précisions", "Reviews the job description and asks for details"),
              needsFunctional: t("Une description précise des missions", "A precise description of the missions"),
            }),
            cell("learner.current", "indirect", -1, {
              actions: t("Attend la validation pour confirmer à l'entreprise", "Waits for approval to confirm with the company"),
              painPoints: t("Validation lente qui fait attendre l'entreprise", "Slow approval that keeps the company waiting"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.agreement",
      title: t("Contractualisation", "Agreement"),
      steps: [
        step("step.agreement", "document", "staff.registrar", 24 * 7, {
          title: t("Convention de stage ou contrat d'apprentissage signé", "Internship agreement or apprenticeship contract signed"),
          description: t(
            "Convention tripartite (apprenant, entreprise, établissement) ou contrat d'apprentissage et convention de formation, signés avant le début.",
            "Three-party agreement (learner, company, school) or apprenticeship contract and training agreement, signed before the start.",
          ),
          cells: [
            cell("learner.current", "direct", -1, {
              actions: t("Saisit les informations et fait circuler le document", "Enters the details and circulates the document"),
              painPoints: t("Ne sait pas qui bloque la signature", "Does not know who is holding up the signature"),
            }),
            cell("company.host", "direct", -1, {
              actions: t("Complète le tuteur, les dates, la gratification ou le salaire", "Fills in the tutor, dates, stipend or salary"),
              constraintsTechnical: t("Circuit de signature interne avec plusieurs services", "Internal signature chain across several departments"),
              painPoints: t("Formulaire long, vocabulaire administratif", "Long form, administrative jargon"),
            }),
            cell("staff.registrar", "direct", -1, {
              actions: t("Vérifie, fait signer et archive", "Checks, gets signatures and files"),
              painPoints: t("Conventions incomplètes renvoyées plusieurs fois", "Incomplete agreements sent back several times"),
              opportunities: t("Signature électronique et suivi de l'état de la convention", "E-signature and agreement status tracking"),
            }),
            cell("staff.pedagogy", "indirect", 0, {
              actions: t("Désigne le tuteur pédagogique", "Appoints the academic tutor"),
            }),
          ],
        }),
        step("step.opco-funding", "digital", "staff.registrar", 24 * 20, {
          title: t("Prise en charge OPCO de l'apprentissage", "OPCO funding for apprentices"),
          description: t(
            "L'employeur transmet le contrat à son OPCO, qui vérifie et notifie le niveau de prise en charge des coûts de formation.",
            "The employer sends the contract to its OPCO, which checks it and notifies the level of training cost coverage.",
          ),
          cells: [
            cell("company.host", "direct", -1, {
              actions: t("Dépose le contrat sur le portail de son OPCO", "Submits the contract on its OPCO portal"),
              needsFunctional: t("Savoir ce qui reste à sa charge", "Know what remains to be paid"),
              constraintsBudget: t("Reste à charge possible selon le niveau de prise en charge", "Possible remaining cost depending on coverage"),
            }),
            cell("funder.opco", "direct", 0, {
              actions: t("Instruit le dossier et notifie la prise en charge", "Reviews the file and notifies coverage"),
              needsFunctional: t(
                "Un contrat complet et cohérent avec la convention de formation",
                "A complete contract consistent with the training agreement",
              ),
            }),
            cell("staff.registrar", "direct", -1, {
              actions: t("Suit le dépôt et facture l'OPCO", "Tracks the submission and invoices the OPCO"),
              painPoints: t("Contrats déposés tard par l'employeur, factures bloquées", "Contracts submitted late by the employer, invoices on hold"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.onboard",
      title: t("Intégration", "Onboarding"),
      steps: [
        step("step.onboarding", "in_person", "staff.company_relations", null, {
          title: t("Arrivée dans l'entreprise", "Arrival at the company"),
          description: t(
            "Accueil par le tuteur, présentation de l'équipe, des outils et des premières missions.",
            "Welcome by the tutor, introduction to the team, tools and first missions.",
          ),
          cells: [
            cell("learner.current", "direct", 1, {
              actions: t("Découvre son poste et son tuteur", "Discovers the job and the tutor"),
              needsRelational: t("Un tuteur disponible les premières semaines", "A tutor available in the first weeks"),
            }),
            cell("company.host", "direct", 1, {
              actions: t("Prépare le poste, les accès et le planning d'intégration", "Prepares the workstation, access and onboarding plan"),
              needsFunctional: t(
                "Connaître le calendrier d'alternance et les attendus de la formation",
                "Know the work-study calendar and programme expectations",
              ),
            }),
          ],
        }),
        step("step.tutor-contact", "phone", "staff.pedagogy", 24 * 30, {
          title: t("Premier contact entre tuteurs", "First contact between tutors"),
          description: t(
            "Le tuteur pédagogique appelle le tuteur en entreprise dans le premier mois pour caler les attendus et les dates de visite.",
            "The academic tutor calls the company tutor within the first month to agree on expectations and visit dates.",
          ),
          cells: [
            cell("teacher.permanent", "direct", 0, {
              actions: t("Présente le rôle de chacun et le calendrier des évaluations", "Explains each person's role and the assessment calendar"),
              constraintsTime: t("Nombreux apprenants suivis par tuteur", "Many learners per tutor"),
            }),
            cell("company.host", "direct", 1, {
              actions: t("Partage les missions prévues et ses questions", "Shares planned missions and questions"),
              needsRelational: t("Un interlocuteur identifié à l'école", "A named contact at the school"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.follow",
      title: t("Suivi", "Follow-up"),
      steps: [
        step("step.logbook", "digital", "staff.pedagogy", null, {
          title: t("Livret de suivi", "Progress logbook"),
          description: t(
            "Livret numérique partagé : missions réalisées, compétences mobilisées, commentaires des tuteurs.",
            "Shared digital logbook: missions done, skills used, tutors' comments.",
          ),
          cells: [
            cell("learner.current", "direct", 0, {
              actions: t("Renseigne ses missions chaque période", "Records missions each period"),
              painPoints: t("Perçu comme une formalité sans retour", "Seen as a formality with no feedback"),
            }),
            cell("company.host", "indirect", -1, {
              actions: t("Commente et valide les périodes", "Comments on and validates periods"),
              constraintsTechnical: t("Un compte de plus à gérer", "One more account to manage"),
            }),
          ],
        }),
        step("step.follow-visit", "in_person", "staff.pedagogy", null, {
          title: t("Visite de suivi en entreprise", "Follow-up visit at the company"),
          description: t(
            "Rencontre à trois, sur place ou en visio, pour faire le point sur les missions, la progression et l'intégration.",
            "Three-way meeting, on site or by video, to review missions, progress and integration.",
          ),
          cells: [
            cell("teacher.permanent", "direct", 0, {
              actions: t("Conduit l'entretien et rédige le compte rendu de visite", "Leads the meeting and writes the visit report"),
              constraintsTime: t("Déplacements difficiles à caser dans le service d'enseignement", "Travel hard to fit around teaching"),
            }),
            cell("company.host", "direct", 1, {
              actions: t("Présente le travail de l'apprenant et ses besoins", "Presents the learner's work and needs"),
            }),
            cell("learner.current", "direct", 1, {
              actions: t("Présente ses réalisations et ses difficultés", "Presents achievements and difficulties"),
              needsEmotional: t("Se sentir soutenu par l'école", "Feel supported by the school"),
            }),
          ],
        }),
        step("step.difficulty", "phone", "staff.company_relations", 48, {
          title: t("Signalement d'une difficulté", "Reporting a difficulty"),
          description: t(
            "Conflit, missions hors sujet ou risque de rupture : prise en charge sous 48 h et médiation entre l'apprenant et l'entreprise.",
            "Conflict, off-topic missions or risk of termination: handled within 48 hours with mediation between learner and company.",
          ),
          cells: [
            cell("learner.current", "direct", -2, {
              actions: t("Alerte son tuteur pédagogique ou les relations entreprises", "Alerts the academic tutor or company relations"),
              needsEmotional: t("Être écouté sans crainte de représailles", "Be heard without fear of reprisals"),
              painPoints: t("Ne sait pas à qui s'adresser", "Does not know whom to contact"),
            }),
            cell("company.host", "direct", -1, {
              actions: t("Explique sa vision de la situation", "Explains its view of the situation"),
              needsRelational: t("Une médiation neutre et rapide", "Quick, neutral mediation"),
            }),
            cell("staff.company_relations", "direct", -1, {
              actions: t("Organise la médiation et cherche une solution", "Organises mediation and looks for a solution"),
              opportunities: t("Procédure d'alerte claire, connue dès l'intégration", "Clear alert procedure, known from onboarding"),
            }),
            cell("funder.opco", "indirect", null, {
              actions: t("Est informé en cas de rupture du contrat", "Is informed if the contract is terminated"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.evaluate",
      title: t("Évaluation et bilan", "Evaluation and review"),
      steps: [
        step("step.mid-eval", "document", "staff.pedagogy", null, {
          title: t("Évaluation à mi-parcours", "Mid-term evaluation"),
          description: t(
            "Grille de compétences remplie par le tuteur en entreprise et discutée avec l'apprenant.",
            "Skills grid filled in by the company tutor and discussed with the learner.",
          ),
          cells: [
            cell("company.host", "direct", 0, {
              actions: t("Remplit la grille d'évaluation", "Fills in the evaluation grid"),
              painPoints: t("Grille longue et éloignée du vocabulaire de l'entreprise", "Long grid, far from the company's vocabulary"),
            }),
            cell("learner.current", "direct", 0, {
              actions: t("Échange sur ses axes de progrès", "Discusses areas for improvement"),
            }),
          ],
        }),
        step("step.final-eval", "in_person", "staff.pedagogy", null, {
          title: t("Évaluation finale et soutenance", "Final evaluation and presentation"),
          description: t(
            "Rapport ou mémoire, soutenance devant un jury mixte école-entreprise.",
            "Report or thesis, presentation before a joint school-company panel.",
          ),
          cells: [
            cell("learner.current", "direct", 1, {
              actions: t("Rédige son rapport et soutient", "Writes the report and presents"),
              needsEmotional: t("Voir son travail en entreprise reconnu", "See their company work recognised"),
            }),
            cell("teacher.permanent", "direct", 1, {
              actions: t("Évalue le rapport et la soutenance", "Assesses the report and presentation"),
            }),
            cell("company.host", "direct", 0, {
              actions: t("Participe au jury quand il le peut", "Sits on the panel when possible"),
              constraintsTime: t("Date de soutenance imposée", "Presentation date imposed"),
            }),
          ],
        }),
        step("step.tutor-review", "digital", "staff.company_relations", 24 * 15, {
          title: t("Bilan de fin de stage par le tuteur", "End-of-internship review by the tutor"),
          description: t(
            "Court questionnaire au tuteur sur la préparation de l'apprenant, le suivi de l'école et l'envie de renouveler.",
            "Short survey to the tutor on the learner's preparation, the school's follow-up and willingness to host again.",
          ),
          cells: [
            cell("company.host", "direct", 0, {
              actions: t("Donne son appréciation et dit s'il accueillera à nouveau", "Gives feedback and says whether it will host again"),
              needsRelational: t("Voir ses remarques prises en compte", "See its remarks acted upon"),
            }),
            cell("staff.company_relations", "direct", 1, {
              actions: t("Analyse les retours et remercie les tuteurs", "Analyses feedback and thanks tutors"),
              opportunities: t("Inviter les meilleurs tuteurs au conseil de perfectionnement", "Invite the best tutors to the improvement council"),
            }),
          ],
        }),
      ],
    },
  ],
  links: [
    {
      ref: "link.agreement-onboarding",
      from: ["step.agreement", "staff.registrar"],
      to: ["step.onboarding", "learner.current"],
      sign: 1,
      weight: 3,
      sentence: t("Une convention signée tard retarde l'arrivée en entreprise.", "An agreement signed late delays the start at the company."),
    },
    {
      ref: "link.contract-opco",
      from: ["step.agreement", "company.host"],
      to: ["step.opco-funding", "funder.opco"],
      sign: 1,
      weight: 3,
      sentence: t(
        "Un contrat incomplet côté employeur retarde la prise en charge par l'OPCO.",
        "An incomplete contract from the employer delays the OPCO's coverage.",
      ),
    },
    {
      ref: "link.validation-search",
      from: ["step.offer-validation", "staff.pedagogy"],
      to: ["step.company-search", "company.host"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Une validation des missions trop lente pousse l'entreprise à choisir un autre candidat.",
        "A slow mission approval pushes the company to choose another candidate.",
      ),
    },
    {
      ref: "link.visit-difficulty",
      from: ["step.follow-visit", "teacher.permanent"],
      to: ["step.difficulty", "learner.current"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Une visite de suivi reportée laisse une difficulté s'installer sans être repérée.",
        "A postponed follow-up visit lets a difficulty settle in unnoticed.",
      ),
    },
    {
      ref: "link.review-offers",
      from: ["step.tutor-review", "company.host"],
      to: ["step.offers", "staff.company_relations"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Un tuteur déçu par le suivi de l'école ne propose plus d'offre l'année suivante.",
        "A tutor disappointed by the school's follow-up stops offering places the next year.",
      ),
    },
  ],
};
