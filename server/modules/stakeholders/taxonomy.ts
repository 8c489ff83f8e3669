/** The stakeholder taxonomy every organisation starts with, in French and English. */
import type { StakeholderCategory } from "../../../shared/journeys/document.js";

type SeedType = { key: string; category: StakeholderCategory; fr: string; en: string };

export const seededStakeholderTypes: SeedType[] = [
  { key: "learner.prospective", category: "learner", fr: "Futur apprenant (prospect)", en: "Prospective learner" },
  { key: "learner.current", category: "learner", fr: "Apprenant en formation", en: "Current learner" },
  { key: "learner.alumni", category: "learner", fr: "Diplômé (alumni)", en: "Alumnus" },
  { key: "staff.pedagogy", category: "staff", fr: "Équipe pédagogique", en: "Pedagogical team" },
  { key: "staff.admissions", category: "staff", fr: "Service des admissions", en: "Admissions" },
  { key: "staff.registrar", category: "staff", fr: "Scolarité et planning", en: "Registrar and scheduling" },
  { key: "staff.company_relations", category: "staff", fr: "Relations entreprises", en: "Company relations" },
  { key: "staff.management", category: "staff", fr: "Direction", en: "Management" },
  { key: "staff.it", category: "staff", fr: "Service informatique", en: "IT services" },
  { key: "staff.quality", category: "staff", fr: "Qualité", en: "Quality" },
  { key: "staff.communication", category: "staff", fr: "Communication", en: "Communication" },
  { key: "staff.finance", category: "staff", fr: "Finances", en: "Finance" },
  { key: "funder.opco", category: "funder", fr: "OPCO", en: "OPCO (skills operator)" },
  { key: "funder.region", category: "funder", fr: "Région et collectivités", en: "Regional council" },
  { key: "funder.france_travail", category: "funder", fr: "France Travail", en: "France Travail (public employment service)" },
  { key: "funder.employer", category: "funder", fr: "Employeur (plan de développement des compétences)", en: "Employer (training plan)" },
  { key: "funder.individual", category: "funder", fr: "Particulier (CPF)", en: "Individual (CPF)" },
  { key: "company.host", category: "company", fr: "Entreprise d'accueil (stage, alternance)", en: "Internship or apprenticeship host" },
  { key: "company.project_partner", category: "company", fr: "Entreprise partenaire de projet", en: "Project partner company" },
  { key: "company.recruiter", category: "company", fr: "Recruteur", en: "Recruiter" },
  { key: "company.council", category: "company", fr: "Membre du conseil de perfectionnement", en: "Improvement council member" },
  { key: "teacher.permanent", category: "teacher", fr: "Enseignant permanent", en: "Permanent teacher" },
  { key: "teacher.external", category: "teacher", fr: "Intervenant professionnel", en: "External professional" },
  { key: "teacher.expert", category: "teacher", fr: "Expert ponctuel", en: "Occasional expert" },
  { key: "teacher.academic", category: "teacher", fr: "Partenaire académique", en: "Academic partner" },
];
