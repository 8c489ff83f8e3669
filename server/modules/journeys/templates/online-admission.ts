/** Template: online application and admission, from discovering the programme to the welcome day. */
import { cell, step, type TemplateDef, t } from "./define.js";

export const onlineAdmission: TemplateDef = {
  title: t("Candidature en ligne et admission", "Online application and admission"),
  description: t(
    "Du premier contact avec la formation jusqu'à la rentrée : candidature en ligne, accusé de réception sous 24 h, sélection, inscription, mise en place du financement et accueil. Sert à repérer les attentes et délais qui font renoncer un candidat.",
    "From the first contact with the programme to the first day: online application, acknowledgement within 24 hours, selection, registration, funding set-up and welcome. Used to find the waits and silences that make a candidate give up.",
  ),
  lanes: [
    "learner.prospective",
    "staff.communication",
    "staff.admissions",
    "staff.pedagogy",
    "staff.registrar",
    "company.host",
    "funder.opco",
    "funder.individual",
  ],
  stages: [
    {
      ref: "stage.discover",
      title: t("Découvrir", "Discover"),
      steps: [
        step("step.explore-offer", "digital", "staff.communication", null, {
          title: t("Découverte de la formation en ligne", "Discovering the programme online"),
          description: t(
            "Le futur apprenant consulte la fiche formation : objectifs, prérequis, rythme, coût, financements possibles, débouchés et taux de réussite.",
            "The prospective learner reads the programme page: objectives, prerequisites, schedule, cost, possible funding, career outcomes and success rates.",
          ),
          cells: [
            cell("learner.prospective", "direct", 1, {
              actions: t(
                "Compare plusieurs formations, lit les avis et les chiffres d'insertion",
                "Compares several programmes, reads reviews and employment figures",
              ),
              needsFunctional: t(
                "Savoir vite si la formation est finançable et compatible avec son emploi",
                "Know quickly whether the programme can be funded and fits with a job",
              ),
              needsEmotional: t("Se projeter dans le métier visé", "Picture themselves in the target job"),
              painPoints: t("Coût et modalités de financement difficiles à trouver", "Cost and funding options hard to find"),
              opportunities: t("Simulateur de financement et témoignages d'anciens sur la fiche", "Funding simulator and alumni testimonials on the page"),
            }),
            cell("staff.communication", "direct", 0, {
              actions: t("Met à jour les fiches et les campagnes de recrutement", "Keeps programme pages and recruitment campaigns up to date"),
              needsFunctional: t(
                "Recevoir à temps les informations validées par l'équipe pédagogique",
                "Receive information approved by the pedagogical team in time",
              ),
              constraintsTime: t("Mises à jour concentrées avant l'ouverture des candidatures", "Updates bunched up before applications open"),
              painPoints: t(
                "Informations contradictoires entre le site et les plateformes nationales",
                "Conflicting information between the website and national platforms",
              ),
            }),
          ],
        }),
        step("step.info-session", "in_person", "staff.communication", null, {
          title: t("Réunion d'information ou journée portes ouvertes", "Information session or open day"),
          description: t(
            "Présentation de la formation sur place ou en visio, avec des apprenants actuels et un responsable pédagogique ; questions sur l'alternance et le financement.",
            "Programme presentation on site or by video, with current learners and a programme leader; questions about apprenticeship and funding.",
          ),
          cells: [
            cell("learner.prospective", "direct", 1, {
              actions: t("Pose ses questions, échange avec des apprenants", "Asks questions, talks with current learners"),
              needsRelational: t("Parler à quelqu'un qui connaît vraiment la formation", "Talk to someone who really knows the programme"),
              opportunities: t("Proposer un créneau individuel aux indécis", "Offer a one-to-one slot to undecided candidates"),
            }),
            cell("staff.pedagogy", "direct", 0, {
              actions: t("Présente le programme et les attendus", "Presents the programme and what is expected"),
              constraintsTime: t("Sessions souvent en soirée ou le samedi", "Sessions often in the evening or on Saturdays"),
            }),
            cell("staff.communication", "direct", 1, {
              actions: t("Organise l'événement et relance les inscrits", "Organises the event and reminds registered visitors"),
              opportunities: t("Relier l'inscription à l'événement au dossier de candidature", "Link event registration to the application file"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.apply",
      title: t("Candidater", "Apply"),
      steps: [
        step("step.apply-online", "digital", "staff.admissions", null, {
          title: t("Dépôt de la candidature en ligne", "Submitting the online application"),
          description: t(
            "Le candidat crée son compte, remplit le formulaire et dépose ses pièces (CV, lettre, relevés de notes, justificatif de situation).",
            "The candidate creates an account, fills in the form and uploads documents (CV, cover letter, transcripts, proof of status).",
          ),
          cells: [
            cell("learner.prospective", "direct", -1, {
              actions: t("Remplit le formulaire, numérise et dépose ses pièces", "Fills in the form, scans and uploads documents"),
              needsFunctional: t(
                "Un formulaire utilisable sur téléphone, avec sauvegarde en cours de saisie",
                "A form usable on a phone, saving progress as it goes",
              ),
              constraintsTechnical: t("Taille maximale des fichiers, formats imposés", "Maximum file size, imposed formats"),
              painPoints: t("Liste des pièces découverte en cours de route", "List of required documents discovered along the way"),
              opportunities: t("Afficher la liste des pièces avant de commencer", "Show the document list before starting"),
            }),
            cell("staff.admissions", "indirect", null, {
              actions: t("Paramètre la campagne et surveille les dépôts", "Sets up the campaign and monitors submissions"),
              constraintsTechnical: t("Outil de candidature distinct du logiciel de scolarité", "Application tool separate from the student records system"),
            }),
          ],
        }),
        step("step.acknowledge", "email", "staff.admissions", 24, {
          title: t("Accusé de réception sous 24 h", "Acknowledgement within 24 hours"),
          description: t(
            "Message personnalisé confirmant la réception du dossier, indiquant les prochaines étapes, leurs dates et un contact.",
            "Personal message confirming the file has been received, with the next steps, their dates and a contact person.",
          ),
          cells: [
            cell("learner.prospective", "direct", -1, {
              actions: t("Attend une confirmation, vérifie ses courriels et ses indésirables", "Waits for a confirmation, checks inbox and spam folder"),
              needsEmotional: t("Être rassuré que le dossier est bien arrivé", "Be reassured that the file has arrived"),
              painPoints: t("Message automatique impersonnel, sans date de réponse", "Impersonal automatic message with no reply date"),
              opportunities: t("Calendrier des prochaines étapes et nom d'un interlocuteur", "Timeline of next steps and the name of a contact"),
            }),
            cell("staff.admissions", "direct", 0, {
              actions: t("Vérifie le dépôt et envoie l'accusé de réception", "Checks the submission and sends the acknowledgement"),
              constraintsTime: t("Pics de candidatures au printemps", "Application peaks in spring"),
              painPoints: t("Dossiers déposés le week-end traités le mardi", "Files submitted at the weekend handled on Tuesday"),
            }),
          ],
        }),
        step("step.complete-file", "email", "staff.admissions", 72, {
          title: t("Complétude du dossier", "Completing the file"),
          description: t(
            "Contrôle des pièces, demande unique et précise des pièces manquantes, relance si besoin.",
            "Document check, a single precise request for missing documents, reminder if needed.",
          ),
          cells: [
            cell("learner.prospective", "direct", -1, {
              actions: t("Envoie les pièces manquantes", "Sends the missing documents"),
              painPoints: t("Demandes successives de pièces, une à la fois", "Successive requests for documents, one at a time"),
            }),
            cell("staff.admissions", "direct", -1, {
              actions: t("Contrôle les pièces et relance les candidats", "Checks documents and chases candidates"),
              painPoints: t("Relances manuelles chronophages", "Time-consuming manual reminders"),
              opportunities: t("Relances automatiques ciblées sur la pièce manquante", "Automatic reminders targeted at the missing document"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.select",
      title: t("Sélection", "Selection"),
      steps: [
        step("step.review-file", "document", "staff.pedagogy", 24 * 14, {
          title: t("Étude du dossier par la commission pédagogique", "File review by the admission panel"),
          description: t(
            "Les enseignants évaluent les dossiers complets selon une grille partagée et décident de convoquer ou non en entretien.",
            "Teachers assess complete files against a shared grid and decide whether to invite the candidate to an interview.",
          ),
          cells: [
            cell("staff.pedagogy", "direct", -1, {
              actions: t("Lit les dossiers, note selon la grille", "Reads files, scores them against the grid"),
              needsFunctional: t("Des dossiers complets et comparables", "Complete, comparable files"),
              constraintsTime: t("Étude des dossiers en plus des cours", "File review on top of teaching"),
              painPoints: t("Dossiers reçus par lots irréguliers", "Files arrive in irregular batches"),
            }),
            cell("learner.prospective", "indirect", -1, {
              actions: t("Attend sans visibilité sur l'avancement", "Waits without visibility on progress"),
              needsEmotional: t("Savoir où en est son dossier", "Know where their file stands"),
              opportunities: t("Statut du dossier visible en ligne", "File status visible online"),
            }),
          ],
        }),
        step("step.interview", "digital", "staff.pedagogy", null, {
          title: t("Entretien de motivation", "Motivation interview"),
          description: t(
            "Entretien en visio ou sur place avec un jury pédagogique, parfois avec un professionnel ; pour l'alternance, point sur la recherche d'entreprise.",
            "Video or on-site interview with a panel, sometimes including a professional; for apprenticeships, a review of the company search.",
          ),
          cells: [
            cell("learner.prospective", "direct", 0, {
              actions: t("Prépare et passe l'entretien", "Prepares for and attends the interview"),
              needsEmotional: t("Être mis à l'aise et traité équitablement", "Be put at ease and treated fairly"),
              constraintsTime: t("Créneaux à concilier avec un emploi ou des études", "Slots to fit around a job or studies"),
            }),
            cell("staff.pedagogy", "direct", 0, {
              actions: t("Conduit l'entretien et rédige un avis motivé", "Conducts the interview and writes a reasoned opinion"),
              needsFunctional: t("Une grille d'entretien commune", "A common interview grid"),
            }),
            cell("staff.admissions", "direct", -1, {
              actions: t("Planifie les créneaux et envoie les convocations", "Schedules slots and sends invitations"),
              painPoints: t("Replanifications nombreuses faute d'outil de réservation", "Many reschedulings for lack of a booking tool"),
              opportunities: t("Prise de rendez-vous en ligne par le candidat", "Online booking by the candidate"),
            }),
          ],
        }),
        step("step.decision", "email", "staff.admissions", 24 * 7, {
          title: t("Décision d'admission", "Admission decision"),
          description: t(
            "Notification de la décision (admis, liste complémentaire, refus motivé) avec la date limite de confirmation.",
            "Notification of the decision (admitted, waiting list, reasoned refusal) with the confirmation deadline.",
          ),
          cells: [
            cell("learner.prospective", "direct", -2, {
              actions: t("Reçoit la décision, accepte ou se désiste", "Receives the decision, accepts or withdraws"),
              needsEmotional: t("Une réponse rapide, claire et respectueuse", "A quick, clear and respectful answer"),
              painPoints: t("Réponse tardive alors qu'une autre école attend une confirmation", "Late answer while another school awaits confirmation"),
              opportunities: t(
                "Engagement sur une date de décision annoncée dès l'accusé de réception",
                "Commit to a decision date announced in the acknowledgement",
              ),
            }),
            cell("staff.admissions", "direct", 0, {
              actions: t("Envoie les décisions et gère la liste complémentaire", "Sends decisions and manages the waiting list"),
              constraintsTime: t("Décisions bloquées tant que la commission n'a pas siégé", "Decisions blocked until the panel has met"),
            }),
            cell("staff.pedagogy", "direct", 1, {
              actions: t("Valide la liste des admis", "Approves the list of admitted candidates"),
              needsFunctional: t("Un effectif prévisible pour organiser les groupes", "A predictable headcount to organise groups"),
            }),
            cell("company.host", "indirect", -1, {
              actions: t("Attend la décision pour confirmer l'embauche de l'alternant", "Waits for the decision to confirm hiring the apprentice"),
              painPoints: t("Risque de perdre le candidat faute de réponse", "Risk of losing the candidate without an answer"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.enrol",
      title: t("Inscription et financement", "Registration and funding"),
      steps: [
        step("step.register", "digital", "staff.registrar", 24 * 5, {
          title: t("Inscription administrative", "Administrative registration"),
          description: t(
            "Confirmation de la place, inscription en ligne, signature du contrat de formation ou du règlement, création du compte apprenant.",
            "Place confirmed, online registration, signature of the training contract or rules, learner account created.",
          ),
          cells: [
            cell("learner.prospective", "direct", 0, {
              actions: t("S'inscrit et signe les documents en ligne", "Registers and signs documents online"),
              painPoints: t("Ressaisie d'informations déjà fournies à la candidature", "Re-entering information already given in the application"),
            }),
            cell("staff.registrar", "direct", -1, {
              actions: t("Crée le dossier administratif et vérifie les pièces", "Creates the student record and checks documents"),
              constraintsTechnical: t("Pas de reprise automatique des données de candidature", "No automatic transfer of application data"),
              opportunities: t(
                "Reprendre le dossier de candidature dans le logiciel de scolarité",
                "Carry the application file over into the student records system",
              ),
            }),
          ],
        }),
        step("step.funding", "document", "staff.registrar", null, {
          title: t("Mise en place du financement", "Funding set-up"),
          description: t(
            "Selon le cas : contrat d'apprentissage et prise en charge OPCO, dossier CPF, devis pour l'employeur. Convention ou devis signés avant l'entrée en formation.",
            "Depending on the case: apprenticeship contract and OPCO coverage, CPF file, quote for the employer. Agreement or quote signed before the training starts.",
          ),
          cells: [
            cell("learner.prospective", "direct", -2, {
              actions: t(
                "Rassemble les pièces, fait le lien entre l'employeur et l'établissement",
                "Gathers documents, acts as a go-between for employer and school",
              ),
              needsEmotional: t("Avoir la certitude que la formation sera payée", "Be sure the training will be paid for"),
              painPoints: t("Démarches incomprises, peur de devoir payer soi-même", "Procedures not understood, fear of having to pay personally"),
              opportunities: t("Un référent financement unique et un suivi de dossier partagé", "A single funding contact and a shared file tracker"),
            }),
            cell("staff.registrar", "direct", -1, {
              actions: t("Prépare devis, conventions et dépôts sur les plateformes", "Prepares quotes, agreements and platform submissions"),
              constraintsTechnical: t("Une plateforme différente par OPCO et pour le CPF", "A different platform for each OPCO and for CPF"),
              painPoints: t("Relances multiples pour obtenir le contrat signé", "Many reminders to get the signed contract"),
            }),
            cell("company.host", "direct", -1, {
              actions: t("Signe le contrat d'apprentissage et le transmet à son OPCO", "Signs the apprenticeship contract and sends it to its OPCO"),
              needsFunctional: t("Connaître le reste à charge éventuel", "Know any remaining cost"),
              constraintsBudget: t("Niveau de prise en charge fixé par la branche", "Coverage level set by the industry branch"),
            }),
            cell("funder.opco", "direct", 0, {
              actions: t("Instruit le dossier et notifie la prise en charge", "Reviews the file and notifies coverage"),
              needsFunctional: t("Un dossier complet et conforme", "A complete, compliant file"),
              constraintsTime: t("Délai légal d'instruction après réception du contrat", "Statutory review period after the contract is received"),
            }),
            cell("funder.individual", "indirect", -1, {
              actions: t("Valide l'inscription et mobilise ses droits CPF", "Confirms registration and uses CPF credit"),
              painPoints: t("Reste à charge découvert tardivement", "Remaining cost discovered late"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.welcome",
      title: t("Accueil", "Welcome"),
      steps: [
        step("step.welcome-pack", "email", "staff.registrar", 24 * 7, {
          title: t("Envoi du livret d'accueil et des accès", "Welcome booklet and accounts sent"),
          description: t(
            "Livret d'accueil, planning de la première période, identifiants numériques et contacts utiles envoyés avant la rentrée.",
            "Welcome booklet, schedule for the first period, digital accounts and useful contacts sent before the start.",
          ),
          cells: [
            cell("learner.prospective", "direct", 1, {
              actions: t("Prend connaissance du livret et active ses comptes", "Reads the booklet and activates accounts"),
              needsFunctional: t("Savoir où et quand se présenter le premier jour", "Know where and when to turn up on day one"),
            }),
            cell("staff.registrar", "direct", 0, {
              actions: t("Envoie les documents et vérifie l'activation des comptes", "Sends documents and checks that accounts are active"),
              painPoints: t("Inscriptions tardives sans accès le jour de la rentrée", "Late registrations without access on day one"),
            }),
          ],
        }),
        step("step.welcome-day", "in_person", "staff.pedagogy", null, {
          title: t("Journée d'accueil", "Welcome day"),
          description: t(
            "Présentation de l'équipe, des règles, des outils et du calendrier ; rencontre de la promotion et du référent handicap.",
            "Introduction to the team, rules, tools and calendar; meeting the cohort and the disability officer.",
          ),
          cells: [
            cell("learner.prospective", "direct", 2, {
              actions: t("Rencontre sa promotion et ses enseignants", "Meets the cohort and the teachers"),
              needsRelational: t("Se sentir attendu et intégré au groupe", "Feel expected and part of the group"),
              opportunities: t("Parrainage par un apprenant de deuxième année", "Buddy from the second-year cohort"),
            }),
            cell("staff.pedagogy", "direct", 1, {
              actions: t("Anime la journée et présente le parcours", "Runs the day and presents the programme"),
            }),
            cell("company.host", "indirect", null, {
              actions: t("Reçoit le calendrier d'alternance", "Receives the work-study calendar"),
              needsFunctional: t("Connaître les périodes en entreprise pour organiser l'accueil", "Know the company periods to plan the apprentice's arrival"),
            }),
          ],
        }),
      ],
    },
  ],
  links: [
    {
      ref: "link.offer-applications",
      from: ["step.explore-offer", "staff.communication"],
      to: ["step.complete-file", "staff.admissions"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Une fiche formation imprécise sur les prérequis produit des dossiers incomplets ou hors cible.",
        "A programme page that is vague about prerequisites produces incomplete or off-target applications.",
      ),
    },
    {
      ref: "link.ack-decision",
      from: ["step.acknowledge", "staff.admissions"],
      to: ["step.decision", "learner.prospective"],
      sign: 1,
      weight: 3,
      sentence: t(
        "Sans accusé de réception ni date annoncée, le candidat accepte une autre offre avant la décision.",
        "Without an acknowledgement or an announced date, the candidate accepts another offer before the decision.",
      ),
    },
    {
      ref: "link.review-decision",
      from: ["step.review-file", "staff.pedagogy"],
      to: ["step.decision", "company.host"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Une étude des dossiers qui traîne retarde la décision et fait hésiter l'entreprise prête à recruter l'alternant.",
        "A slow file review delays the decision and makes the company ready to hire the apprentice hesitate.",
      ),
    },
    {
      ref: "link.contract-opco",
      from: ["step.funding", "company.host"],
      to: ["step.funding", "funder.opco"],
      sign: 1,
      weight: 3,
      sentence: t(
        "Un contrat d'apprentissage transmis incomplet ou en retard bloque la prise en charge par l'OPCO.",
        "An apprenticeship contract sent incomplete or late blocks the OPCO's coverage.",
      ),
    },
    {
      ref: "link.funding-welcome",
      from: ["step.funding", "funder.opco"],
      to: ["step.welcome-day", "learner.prospective"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Un financement non confirmé à la rentrée fait commencer la formation dans l'inquiétude.",
        "Funding still unconfirmed at the start makes the learner begin the training worried.",
      ),
    },
  ],
};
