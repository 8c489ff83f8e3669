/** Template: RNCP certification, from attendance sign-off to the diploma, with funder traceability. */
import { cell, step, type TemplateDef, t } from "./define.js";

export const rncpCertification: TemplateDef = {
  title: t("Certification RNCP et traçabilité", "RNCP certification and traceability"),
  description: t(
    "De l'émargement de chaque séance à la remise du diplôme : évaluation continue, jury, transmission des résultats au certificateur, justificatifs d'assiduité et de réalisation pour les financeurs. Sert à fiabiliser les preuves dont dépendent la certification et le paiement.",
    "From attendance sign-off at every session to the diploma: continuous assessment, board, results sent to the certifier, attendance and completion evidence for funders. Used to make reliable the evidence that certification and payment depend on.",
  ),
  lanes: ["learner.current", "teacher.external", "staff.pedagogy", "staff.registrar", "staff.quality", "funder.opco", "funder.region", "funder.france_travail"],
  stages: [
    {
      ref: "stage.attendance",
      title: t("Assiduité", "Attendance"),
      steps: [
        step("step.sign-in", "digital", "staff.registrar", 24, {
          title: t("Émargement par séance", "Attendance sign-off per session"),
          description: t(
            "Chaque apprenant et l'intervenant signent pour chaque demi-journée, sur papier ou en ligne ; les feuilles sont complètes le jour même.",
            "Each learner and the teacher sign for every half-day, on paper or online; sheets are complete the same day.",
          ),
          cells: [
            cell("learner.current", "direct", -1, {
              actions: t("Signe à chaque séance, y compris à distance", "Signs at every session, remote ones included"),
              painPoints: t("Oubli de signature compté comme une absence", "A forgotten signature counted as an absence"),
              opportunities: t("Signature sur téléphone par code affiché en salle", "Phone sign-in with a code shown in the room"),
            }),
            cell("teacher.external", "direct", -1, {
              actions: t("Fait signer, signe à son tour, remet la feuille", "Collects signatures, signs, hands in the sheet"),
              needsFunctional: t("Un geste simple qui ne coupe pas le cours", "A simple step that does not interrupt the class"),
              painPoints: t("Feuilles papier à déposer au secrétariat après le cours", "Paper sheets to drop at the office after class"),
            }),
            cell("staff.registrar", "direct", -1, {
              actions: t("Collecte, contrôle et archive les feuilles", "Collects, checks and files the sheets"),
              constraintsTime: t("Contrôle manuel de centaines de feuilles par mois", "Manual checking of hundreds of sheets a month"),
              painPoints: t("Signatures manquantes découvertes des semaines plus tard", "Missing signatures discovered weeks later"),
            }),
            cell("funder.opco", "indirect", null, {
              actions: t("Exigera les émargements pour payer les heures", "Will require attendance records to pay for hours"),
            }),
          ],
        }),
        step("step.absences", "email", "staff.registrar", 48, {
          title: t("Suivi des absences et justificatifs", "Absence follow-up and proofs"),
          description: t(
            "Absences signalées à l'apprenant, à l'employeur et au financeur concerné ; justificatifs recueillis sous 48 h.",
            "Absences reported to the learner, employer and relevant funder; proofs collected within 48 hours.",
          ),
          cells: [
            cell("learner.current", "direct", -1, {
              actions: t("Transmet un justificatif", "Sends a proof of absence"),
              needsEmotional: t("Ne pas être traité comme fautif d'emblée", "Not be treated as at fault from the outset"),
            }),
            cell("staff.registrar", "direct", 0, {
              actions: t(
                "Relance, enregistre les justificatifs, alerte en cas d'absences répétées",
                "Chases, records proofs, raises alerts on repeated absences",
              ),
            }),
            cell("funder.france_travail", "indirect", null, {
              actions: t("Ajuste la rémunération du stagiaire selon les absences déclarées", "Adjusts the trainee's allowance according to reported absences"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.assess",
      title: t("Évaluation continue", "Continuous assessment"),
      steps: [
        step("step.assessments", "in_person", "staff.pedagogy", null, {
          title: t("Épreuves et mises en situation", "Assessments and practical cases"),
          description: t(
            "Évaluations prévues par le référentiel de certification, bloc de compétences par bloc.",
            "Assessments defined by the certification framework, one skills block at a time.",
          ),
          cells: [
            cell("learner.current", "direct", 0, {
              actions: t("Passe les épreuves", "Sits the assessments"),
              needsFunctional: t("Connaître à l'avance les critères et le calendrier", "Know the criteria and calendar in advance"),
            }),
            cell("teacher.external", "direct", 0, {
              actions: t("Conçoit et corrige les épreuves de son bloc", "Designs and marks the assessments for their block"),
              needsFunctional: t("Une grille conforme au référentiel", "A grid consistent with the framework"),
            }),
            cell("staff.pedagogy", "direct", 1, {
              actions: t("Vérifie la conformité des épreuves au référentiel", "Checks assessments against the framework"),
            }),
          ],
        }),
        step("step.grades", "digital", "staff.pedagogy", 24 * 15, {
          title: t("Saisie des notes et compétences validées", "Entering grades and validated skills"),
          description: t("Résultats saisis dans les quinze jours, par bloc de compétences.", "Results entered within fifteen days, per skills block."),
          cells: [
            cell("teacher.external", "direct", -1, {
              actions: t("Saisit les notes et les commentaires", "Enters grades and comments"),
              painPoints: t("Accès à l'outil oublié d'une session à l'autre", "Tool access forgotten between sessions"),
            }),
            cell("staff.pedagogy", "direct", -1, {
              actions: t("Relance les notes manquantes", "Chases missing grades"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.jury",
      title: t("Jury", "Board"),
      steps: [
        step("step.jury-prep", "document", "staff.registrar", 24 * 21, {
          title: t("Préparation du jury de certification", "Preparing the certification board"),
          description: t(
            "Constitution du jury avec des professionnels, convocations, dossiers complets par candidat (notes, assiduité, dossier professionnel).",
            "Board formed with professionals, invitations, complete file per candidate (grades, attendance, professional portfolio).",
          ),
          cells: [
            cell("staff.registrar", "direct", -1, {
              actions: t("Rassemble les pièces et convoque le jury", "Gathers documents and convenes the board"),
              painPoints: t("Pièces éparpillées entre plusieurs outils", "Documents scattered across several tools"),
              opportunities: t("Dossier candidat généré automatiquement", "Candidate file generated automatically"),
            }),
            cell("teacher.external", "indirect", 0, {
              actions: t("Confirme sa présence au jury", "Confirms attendance at the board"),
              constraintsTime: t("Date fixée tard, difficile à libérer", "Date set late, hard to free up"),
            }),
          ],
        }),
        step("step.jury", "in_person", "staff.pedagogy", null, {
          title: t("Délibération du jury", "Board deliberation"),
          description: t(
            "Le jury examine chaque candidat et décide de la certification totale, partielle (blocs) ou du refus.",
            "The board reviews each candidate and decides on full certification, partial certification (blocks) or refusal.",
          ),
          cells: [
            cell("staff.pedagogy", "direct", 0, {
              actions: t("Présente les dossiers et rédige le procès-verbal", "Presents files and writes the minutes"),
            }),
            cell("teacher.external", "direct", -1, {
              actions: t("Délibère en tant que professionnel du métier", "Deliberates as a practitioner"),
              painPoints: t("Dossiers découverts en séance, sans temps de lecture", "Files seen for the first time in the meeting"),
            }),
            cell("staff.registrar", "direct", -1, {
              actions: t("Vérifie les pièces et la conformité de la délibération", "Checks documents and the board's compliance"),
              constraintsTime: t("Procès-verbal à signer le jour même", "Minutes to be signed the same day"),
            }),
            cell("learner.current", "indirect", -1, {
              actions: t("Attend la décision", "Waits for the decision"),
              needsEmotional: t("Être fixé rapidement", "Know the outcome quickly"),
            }),
          ],
        }),
        step("step.results", "digital", "staff.registrar", 48, {
          title: t("Communication des résultats", "Results announced"),
          description: t(
            "Résultats individuels publiés sous 48 h, avec les voies de rattrapage ou de validation ultérieure des blocs.",
            "Individual results published within 48 hours, with options to retake or validate blocks later.",
          ),
          cells: [
            cell("learner.current", "direct", 1, {
              actions: t("Consulte ses résultats", "Checks results"),
              painPoints: t("En cas d'échec partiel, suite peu claire", "Unclear next steps after a partial fail"),
              opportunities: t("Entretien proposé à chaque candidat non certifié", "Meeting offered to every non-certified candidate"),
            }),
            cell("staff.registrar", "direct", 0, {
              actions: t("Publie les résultats et répond aux questions", "Publishes results and answers questions"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.report",
      title: t("Transmission et traçabilité", "Reporting and traceability"),
      steps: [
        step("step.certifier-upload", "digital", "staff.registrar", 24 * 30, {
          title: t("Transmission des résultats au certificateur", "Results sent to the certifier"),
          description: t(
            "Les résultats sont transmis au certificateur (ou à France Compétences pour les titulaires) afin d'alimenter le passeport de compétences.",
            "Results are sent to the certifying body (or to France Compétences for title holders) to feed the skills passport.",
          ),
          cells: [
            cell("staff.registrar", "direct", -1, {
              actions: t("Prépare le fichier et le dépose sur la plateforme", "Prepares the file and uploads it"),
              constraintsTechnical: t("Format de fichier strict, identifiants des titulaires à vérifier", "Strict file format, holders' identifiers to check"),
              painPoints: t("Rejets pour des données d'état civil erronées", "Rejections for incorrect personal data"),
            }),
            cell("staff.quality", "indirect", 0, {
              actions: t("Contrôle le respect des délais de transmission", "Checks that reporting deadlines are met"),
            }),
            cell("learner.current", "indirect", null, {
              actions: t("Attend que sa certification soit enregistrée", "Waits for the certification to be recorded"),
            }),
          ],
        }),
        step("step.funder-reports", "document", "staff.registrar", 24 * 30, {
          title: t("Justificatifs d'assiduité et de réalisation aux financeurs", "Attendance and completion reports to funders"),
          description: t(
            "Certificats de réalisation, états de présence et attestations de fin de formation envoyés à chaque financeur selon ses règles.",
            "Completion certificates, attendance records and end-of-training certificates sent to each funder under its own rules.",
          ),
          cells: [
            cell("staff.registrar", "direct", -2, {
              actions: t("Compile les présences par financeur et par période", "Compiles attendance per funder and period"),
              painPoints: t("Un format et un portail différents par financeur", "A different format and portal for each funder"),
              opportunities: t("Export des présences au format de chaque financeur", "Attendance export in each funder's format"),
            }),
            cell("funder.opco", "direct", -1, {
              actions: t("Contrôle les heures réalisées avant paiement", "Checks hours delivered before paying"),
              needsFunctional: t("Des preuves d'assiduité complètes et cohérentes", "Complete, consistent attendance evidence"),
            }),
            cell("funder.region", "direct", 0, {
              actions: t("Vérifie l'exécution de la formation financée", "Checks delivery of the funded training"),
            }),
            cell("funder.france_travail", "direct", 0, {
              actions: t("Rapproche présences et rémunération du stagiaire", "Reconciles attendance with the trainee's allowance"),
            }),
            cell("staff.quality", "indirect", 0, {
              actions: t("Archive les preuves pour l'audit", "Files evidence for the audit"),
            }),
          ],
        }),
      ],
    },
    {
      ref: "stage.deliver",
      title: t("Délivrance", "Award"),
      steps: [
        step("step.diploma", "in_person", "staff.registrar", 24 * 90, {
          title: t("Remise du diplôme ou du titre", "Diploma or certificate delivered"),
          description: t(
            "Attestation de réussite immédiate, puis diplôme ou parchemin remis en main propre ou envoyé.",
            "Immediate pass certificate, then the diploma handed over or sent.",
          ),
          cells: [
            cell("learner.current", "direct", 1, {
              actions: t("Reçoit son attestation puis son diplôme", "Receives the certificate, then the diploma"),
              needsFunctional: t("Un justificatif rapide pour un employeur", "Quick proof for an employer"),
              painPoints: t("Diplôme reçu plusieurs mois après le jury", "Diploma received months after the board"),
            }),
            cell("staff.registrar", "direct", 0, {
              actions: t("Édite, fait signer et remet les diplômes", "Prints, has signed and hands over the diplomas"),
            }),
          ],
        }),
      ],
    },
  ],
  links: [
    {
      ref: "link.signin-funders",
      from: ["step.sign-in", "teacher.external"],
      to: ["step.funder-reports", "funder.opco"],
      sign: 1,
      weight: 3,
      sentence: t(
        "Des émargements incomplets empêchent de justifier les heures auprès des financeurs.",
        "Incomplete attendance sheets make it impossible to prove hours to funders.",
      ),
    },
    {
      ref: "link.signin-allowance",
      from: ["step.sign-in", "learner.current"],
      to: ["step.absences", "funder.france_travail"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Une signature oubliée, comptée comme absence, peut réduire la rémunération du stagiaire.",
        "A forgotten signature, counted as an absence, can reduce the trainee's allowance.",
      ),
    },
    {
      ref: "link.grades-jury",
      from: ["step.grades", "teacher.external"],
      to: ["step.jury-prep", "staff.registrar"],
      sign: 1,
      weight: 2,
      sentence: t(
        "Des notes saisies en retard retardent la constitution des dossiers du jury.",
        "Grades entered late delay the preparation of the board's files.",
      ),
    },
    {
      ref: "link.prep-jury",
      from: ["step.jury-prep", "staff.registrar"],
      to: ["step.jury", "teacher.external"],
      sign: 1,
      weight: 2,
      sentence: t("Des dossiers incomplets rendent la délibération longue et fragile.", "Incomplete files make the deliberation long and shaky."),
    },
    {
      ref: "link.upload-diploma",
      from: ["step.certifier-upload", "staff.registrar"],
      to: ["step.diploma", "learner.current"],
      sign: 1,
      weight: 3,
      sentence: t(
        "Des résultats transmis tard au certificateur retardent le diplôme et parfois une embauche.",
        "Results sent late to the certifier delay the diploma and sometimes a job offer.",
      ),
    },
  ],
};
