/** Random tokens for links (survey invitations, resuming an answer); only their SHA-256 is stored. */
import { createHash, createHmac, randomBytes } from "node:crypto";

export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The token of a personal survey invitation, derived from its id with the server SECRET: it can be
 * sent again in a reminder without ever being stored (only its hash is, to find the invitation).
 */
export function invitationToken(secret: string, invitationId: string): string {
  return createHmac("sha256", secret).update(`survey-invitation:${invitationId}`).digest("base64url");
}
