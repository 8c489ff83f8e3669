/** The fields of workshops that leave the server. */
import type { Workshop, WorkshopParticipantView, WorkshopSummary } from "../../../shared/schemas/workshops.js";
import {
  type AgendaItem,
  isProducing,
  maxProducingParticipants,
  suggestSubGroups,
  type WorkshopFormat,
  type WorkshopRole,
} from "../../../shared/workshops/formats.js";
import type { InvitationRow, ParticipantRow, WorkshopRow } from "./workshops.queries.js";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentWorkshopSummary(row: WorkshopRow, journeyTitle: string | null, participantCount: number): WorkshopSummary {
  return {
    id: row.id,
    title: row.title,
    format: row.format as WorkshopFormat,
    objective: row.objective,
    status: row.status as WorkshopSummary["status"],
    scheduledAt: iso(row.scheduledAt),
    location: row.location,
    journeyId: row.journeyId,
    journeyTitle,
    participantCount,
    archivedAt: iso(row.archivedAt),
    closedAt: iso(row.closedAt),
  };
}

export function presentParticipant(row: ParticipantRow): WorkshopParticipantView {
  return {
    id: row.participant.id,
    userId: row.participant.userId,
    name: row.name,
    email: row.email,
    role: row.participant.role as WorkshopRole,
    stakeholderTypeId: row.participant.stakeholderTypeId,
    stakeholderTypeName: row.stakeholderTypeName,
    isOutsider: row.participant.isOutsider,
    isPending: false,
    convocationSentAt: iso(row.participant.convocationSentAt),
  };
}

/** Someone invited by e-mail who has not accepted: only what the inviter typed, never an account's name. */
export function presentInvitation(row: InvitationRow): WorkshopParticipantView {
  return {
    id: row.invitation.id,
    userId: "",
    name: row.invitation.displayName,
    email: row.email,
    role: row.invitation.role as WorkshopRole,
    stakeholderTypeId: row.invitation.stakeholderTypeId,
    stakeholderTypeName: row.stakeholderTypeName,
    isOutsider: true,
    isPending: true,
    convocationSentAt: null,
  };
}

/** Above the limit of producing participants: how many, and a split balanced by stakeholder type. */
export function subGroupWarning(participants: WorkshopParticipantView[]): Workshop["subGroupWarning"] {
  const producing = participants.filter((p) => isProducing(p.role));
  if (producing.length <= maxProducingParticipants) return null;
  return {
    producingCount: producing.length,
    max: maxProducingParticipants,
    suggestedGroups: suggestSubGroups(producing).map((group) => group.map((p) => p.id)),
  };
}

export function presentWorkshop(
  row: WorkshopRow,
  journeyTitle: string | null,
  participantRows: ParticipantRow[],
  canManage: boolean,
  invitationRows: InvitationRow[] = [],
): Workshop {
  // Addresses are for those who prepare the workshop, not for every participant (guests included);
  // pending invitations too.
  const participants = canManage
    ? [...participantRows.map(presentParticipant), ...invitationRows.map(presentInvitation)]
    : participantRows.map(presentParticipant).map((p) => ({ ...p, email: "" }));
  return {
    ...presentWorkshopSummary(row, journeyTitle, participants.length),
    agenda: row.agenda as AgendaItem[],
    scope: row.scope,
    preparationQuestion: row.preparationQuestion,
    locale: row.locale === "en" ? "en" : "fr",
    briefSentAt: iso(row.briefSentAt),
    startedAt: iso(row.startedAt),
    mergedAt: iso(row.mergedAt),
    createdAt: row.createdAt.toISOString(),
    participants,
    subGroupWarning: subGroupWarning(participants),
    canManage,
  };
}
