/**
 * The one list of what the audit log records: every action a feature writes (server/platform/audit.ts
 * takes only these) and every kind of thing an entry is about. The web app labels each one in French
 * and English (web/features/admin/locales, audit.actions / audit.targetTypes); a test there fails when
 * an action of this list has no label, so a new action cannot reach the log as a raw key.
 */
export const auditActions = [
  "account.erased",
  "guest.invited",
  "improvement_action.created",
  "improvement_action.updated",
  "invitation.accepted",
  "invitation.canceled",
  "invitation.created",
  "journey.deleted",
  "journey.version_created",
  "journey.version_restored",
  "member.removed",
  "member.role_changed",
  "organisation.created",
  "organisation.review_url_changed",
  "organisation.updated",
  "personal_data.exported",
  "sso.configured",
  "sso.domain_verified",
  "sso.removed",
  "survey.closed",
  "survey.deleted",
  "survey.opened",
  "survey.wave_opened",
  "webhook.created",
  "webhook.deleted",
  "webhook.redelivered",
  "webhook.secret_rotated",
  "webhook.updated",
  "workshop.archived",
  "workshop.created",
  "workshop.deleted",
  "workshop.invitation_accepted",
  "workshop.merged",
  "workshop.outsider_invited",
  "workshop.participant_added",
  "workshop.participant_changed",
  "workshop.participant_removed",
  "workshop.photo_added",
  "workshop.photo_deleted",
  "workshop.unarchived",
  "workshop.updated",
] as const;
export type AuditActionName = (typeof auditActions)[number];

/** What an entry is about (`target_type`). */
export const auditTargetTypes = [
  "improvement_action",
  "invitation",
  "journey",
  "member",
  "organisation",
  "sso",
  "survey",
  "user",
  "webhook_delivery",
  "webhook_endpoint",
  "workshop",
] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

export function isAuditAction(value: string): value is AuditActionName {
  return (auditActions as readonly string[]).includes(value);
}

export type AuditLanguage = "fr" | "en";
/** `label`: the action alone (filters, CSV); `sentence`: the row people read, {actor} and {target} filled in. */
export type AuditActionText = { label: string; sentence: string };

/**
 * The labels of every action, in French and English. A new action in `auditActions` without its
 * labels here fails the typecheck. In `sentence`, {target} becomes ` « label »` (or nothing when the
 * entry has no label).
 */
export const auditActionTexts: Record<AuditLanguage, Record<AuditActionName, AuditActionText>> = {
  fr: {
    "account.erased": { label: "Compte supprimé", sentence: "{actor} a supprimé son compte{target}" },
    "guest.invited": { label: "Invité externe ajouté", sentence: "{actor} a invité une personne extérieure{target}" },
    "improvement_action.created": { label: "Action d'amélioration créée", sentence: "{actor} a créé l'action d'amélioration{target}" },
    "improvement_action.updated": { label: "Action d'amélioration modifiée", sentence: "{actor} a modifié l'action d'amélioration{target}" },
    "invitation.accepted": { label: "Invitation acceptée", sentence: "{actor} a accepté l'invitation{target}" },
    "invitation.canceled": { label: "Invitation annulée", sentence: "{actor} a annulé l'invitation{target}" },
    "invitation.created": { label: "Invitation envoyée", sentence: "{actor} a invité{target}" },
    "journey.deleted": { label: "Parcours supprimé", sentence: "{actor} a supprimé le parcours{target}" },
    "journey.version_created": { label: "Version de parcours enregistrée", sentence: "{actor} a enregistré une version du parcours{target}" },
    "journey.version_restored": { label: "Version de parcours restaurée", sentence: "{actor} a restauré une version du parcours{target}" },
    "member.removed": { label: "Membre retiré", sentence: "{actor} a retiré le membre{target}" },
    "member.role_changed": { label: "Rôle modifié", sentence: "{actor} a changé le rôle de{target}" },
    "organisation.created": { label: "Établissement créé", sentence: "{actor} a créé l'établissement{target}" },
    "organisation.review_url_changed": { label: "Page d'avis modifiée", sentence: "{actor} a changé la page d'avis de l'établissement{target}" },
    "organisation.updated": { label: "Établissement modifié", sentence: "{actor} a modifié l'établissement{target}" },
    "personal_data.exported": { label: "Données personnelles exportées", sentence: "{actor} a exporté ses données personnelles{target}" },
    "sso.configured": { label: "Connexion unique configurée", sentence: "{actor} a configuré la connexion unique{target}" },
    "sso.domain_verified": { label: "Domaine de connexion unique vérifié", sentence: "{actor} a vérifié le domaine de connexion unique{target}" },
    "sso.removed": { label: "Connexion unique désactivée", sentence: "{actor} a désactivé la connexion unique{target}" },
    "survey.closed": { label: "Enquête fermée", sentence: "{actor} a fermé l'enquête{target}" },
    "survey.deleted": { label: "Enquête supprimée", sentence: "{actor} a supprimé l'enquête{target}" },
    "survey.opened": { label: "Enquête ouverte", sentence: "{actor} a ouvert l'enquête{target}" },
    "survey.wave_opened": { label: "Nouvelle vague d'enquête ouverte", sentence: "{actor} a ouvert une nouvelle vague de l'enquête{target}" },
    "webhook.created": { label: "Webhook ajouté", sentence: "{actor} a ajouté le webhook{target}" },
    "webhook.deleted": { label: "Webhook supprimé", sentence: "{actor} a supprimé le webhook{target}" },
    "webhook.redelivered": { label: "Envoi de webhook relancé", sentence: "{actor} a relancé un envoi de webhook{target}" },
    "webhook.secret_rotated": { label: "Secret de webhook renouvelé", sentence: "{actor} a renouvelé le secret du webhook{target}" },
    "webhook.updated": { label: "Webhook modifié", sentence: "{actor} a modifié le webhook{target}" },
    "workshop.archived": { label: "Atelier archivé", sentence: "{actor} a archivé l'atelier{target}" },
    "workshop.created": { label: "Atelier créé", sentence: "{actor} a créé l'atelier{target}" },
    "workshop.deleted": { label: "Atelier supprimé", sentence: "{actor} a supprimé l'atelier{target}" },
    "workshop.invitation_accepted": { label: "Invitation à un atelier acceptée", sentence: "{actor} a accepté l'invitation à l'atelier{target}" },
    "workshop.merged": { label: "Atelier reporté sur le parcours", sentence: "{actor} a reporté les notes d'un atelier sur le parcours{target}" },
    "workshop.outsider_invited": {
      label: "Personne extérieure invitée à un atelier",
      sentence: "{actor} a invité une personne extérieure à l'atelier{target}",
    },
    "workshop.participant_added": { label: "Participant ajouté à un atelier", sentence: "{actor} a ajouté un participant à l'atelier{target}" },
    "workshop.participant_changed": { label: "Participant d'atelier modifié", sentence: "{actor} a modifié un participant de l'atelier{target}" },
    "workshop.participant_removed": { label: "Participant retiré d'un atelier", sentence: "{actor} a retiré un participant de l'atelier{target}" },
    "workshop.photo_added": { label: "Photo d'atelier ajoutée", sentence: "{actor} a ajouté une photo à un atelier{target}" },
    "workshop.photo_deleted": { label: "Photo d'atelier supprimée", sentence: "{actor} a supprimé une photo d'un atelier{target}" },
    "workshop.unarchived": { label: "Atelier désarchivé", sentence: "{actor} a sorti l'atelier des archives{target}" },
    "workshop.updated": { label: "Atelier modifié", sentence: "{actor} a modifié l'atelier{target}" },
  },
  en: {
    "account.erased": { label: "Account deleted", sentence: "{actor} deleted their account{target}" },
    "guest.invited": { label: "External guest invited", sentence: "{actor} invited an external guest{target}" },
    "improvement_action.created": { label: "Improvement action created", sentence: "{actor} created the improvement action{target}" },
    "improvement_action.updated": { label: "Improvement action changed", sentence: "{actor} changed the improvement action{target}" },
    "invitation.accepted": { label: "Invitation accepted", sentence: "{actor} accepted the invitation{target}" },
    "invitation.canceled": { label: "Invitation cancelled", sentence: "{actor} cancelled the invitation{target}" },
    "invitation.created": { label: "Invitation sent", sentence: "{actor} invited{target}" },
    "journey.deleted": { label: "Journey deleted", sentence: "{actor} deleted the journey{target}" },
    "journey.version_created": { label: "Journey version saved", sentence: "{actor} saved a version of the journey{target}" },
    "journey.version_restored": { label: "Journey version restored", sentence: "{actor} restored a version of the journey{target}" },
    "member.removed": { label: "Member removed", sentence: "{actor} removed the member{target}" },
    "member.role_changed": { label: "Role changed", sentence: "{actor} changed the role of{target}" },
    "organisation.created": { label: "Organisation created", sentence: "{actor} created the organisation{target}" },
    "organisation.review_url_changed": { label: "Review page changed", sentence: "{actor} changed the organisation's review page{target}" },
    "organisation.updated": { label: "Organisation changed", sentence: "{actor} changed the organisation{target}" },
    "personal_data.exported": { label: "Personal data exported", sentence: "{actor} exported their personal data{target}" },
    "sso.configured": { label: "Single sign-on set up", sentence: "{actor} set up single sign-on{target}" },
    "sso.domain_verified": { label: "Single sign-on domain verified", sentence: "{actor} verified the single sign-on domain{target}" },
    "sso.removed": { label: "Single sign-on turned off", sentence: "{actor} turned off single sign-on{target}" },
    "survey.closed": { label: "Survey closed", sentence: "{actor} closed the survey{target}" },
    "survey.deleted": { label: "Survey deleted", sentence: "{actor} deleted the survey{target}" },
    "survey.opened": { label: "Survey opened", sentence: "{actor} opened the survey{target}" },
    "survey.wave_opened": { label: "New survey wave opened", sentence: "{actor} opened a new wave of the survey{target}" },
    "webhook.created": { label: "Webhook added", sentence: "{actor} added the webhook{target}" },
    "webhook.deleted": { label: "Webhook deleted", sentence: "{actor} deleted the webhook{target}" },
    "webhook.redelivered": { label: "Webhook delivery retried", sentence: "{actor} retried a webhook delivery{target}" },
    "webhook.secret_rotated": { label: "Webhook secret renewed", sentence: "{actor} renewed the secret of the webhook{target}" },
    "webhook.updated": { label: "Webhook changed", sentence: "{actor} changed the webhook{target}" },
    "workshop.archived": { label: "Workshop archived", sentence: "{actor} archived the workshop{target}" },
    "workshop.created": { label: "Workshop created", sentence: "{actor} created the workshop{target}" },
    "workshop.deleted": { label: "Workshop deleted", sentence: "{actor} deleted the workshop{target}" },
    "workshop.invitation_accepted": { label: "Workshop invitation accepted", sentence: "{actor} accepted the invitation to the workshop{target}" },
    "workshop.merged": { label: "Workshop merged into the journey", sentence: "{actor} merged a workshop's notes into the journey{target}" },
    "workshop.outsider_invited": { label: "Outsider invited to a workshop", sentence: "{actor} invited an outsider to the workshop{target}" },
    "workshop.participant_added": { label: "Workshop participant added", sentence: "{actor} added a participant to the workshop{target}" },
    "workshop.participant_changed": { label: "Workshop participant changed", sentence: "{actor} changed a participant of the workshop{target}" },
    "workshop.participant_removed": { label: "Workshop participant removed", sentence: "{actor} removed a participant from the workshop{target}" },
    "workshop.photo_added": { label: "Workshop photo added", sentence: "{actor} added a photo to a workshop{target}" },
    "workshop.photo_deleted": { label: "Workshop photo deleted", sentence: "{actor} deleted a photo of a workshop{target}" },
    "workshop.unarchived": { label: "Workshop restored from the archive", sentence: "{actor} restored the workshop from the archive{target}" },
    "workshop.updated": { label: "Workshop changed", sentence: "{actor} changed the workshop{target}" },
  },
};

/** What each kind of target is called. */
export const auditTargetTypeLabels: Record<AuditLanguage, Record<AuditTargetType, string>> = {
  fr: {
    improvement_action: "Action d'amélioration",
    invitation: "Invitation",
    journey: "Parcours",
    member: "Membre",
    organisation: "Établissement",
    sso: "Connexion unique",
    survey: "Enquête",
    user: "Personne",
    webhook_delivery: "Envoi de webhook",
    webhook_endpoint: "Webhook",
    workshop: "Atelier",
  },
  en: {
    improvement_action: "Improvement action",
    invitation: "Invitation",
    journey: "Journey",
    member: "Member",
    organisation: "Organisation",
    sso: "Single sign-on",
    survey: "Survey",
    user: "Person",
    webhook_delivery: "Webhook delivery",
    webhook_endpoint: "Webhook",
    workshop: "Workshop",
  },
};

function auditLanguage(language: string): AuditLanguage {
  return language.startsWith("en") ? "en" : "fr";
}

/** "Enquête ouverte"; an action no longer written (older rows) reads "Autre action". */
export function auditActionLabel(language: string, action: string): string {
  const lang = auditLanguage(language);
  return isAuditAction(action) ? auditActionTexts[lang][action].label : lang === "en" ? "Other action" : "Autre action";
}

/** "Enquête", "Atelier"…; an unknown kind reads as nothing. */
export function auditTargetTypeLabel(language: string, targetType: string): string {
  const labels: Record<string, string> = auditTargetTypeLabels[auditLanguage(language)];
  return labels[targetType] ?? "";
}

/** "Marie Dupont a ouvert l'enquête « Satisfaction 2026 »": the row people read. */
export function auditSentence(language: string, entry: { action: string; actorName: string; targetLabel: string | null }): string {
  const lang = auditLanguage(language);
  const target = entry.targetLabel ? (lang === "fr" ? ` « ${entry.targetLabel} »` : ` “${entry.targetLabel}”`) : "";
  if (!isAuditAction(entry.action)) return `${entry.actorName} — ${auditActionLabel(lang, entry.action)}${target}`;
  // One pass, with a function: a name holding "{target}" or "$&" stays as typed.
  return auditActionTexts[lang][entry.action].sentence.replace(/\{(actor|target)\}/g, (_, key: string) => (key === "actor" ? entry.actorName : target));
}
