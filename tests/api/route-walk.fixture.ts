/**
 * Who the route walk (route-walk.test.ts) calls as, and the table saying who may get a 2xx from
 * each route (derived from shared/roles.ts abilities). The requests themselves — organisation A's
 * objects, generated bodies, URLs — are in route-walk.requests.ts.
 */
import { type Ability, can, type Role, roles } from "../../shared/roles.js";

/** Everyone the walk calls as: the six roles of organisation A, a stranger, and a member of organisation B. */
export type Caller = Role | "signedOut" | "outsider";
/** From least to most powerful: a destructive request is tried by those who must be refused first. */
export const callers: readonly Caller[] = ["signedOut", "outsider", "guest", "viewer", "staff", "manager", "admin", "owner"];

/** Who may get a 2xx from a route. */
export type Rule =
  | { kind: "public" }
  | { kind: "signedIn"; why: string }
  | { kind: "member" }
  | { kind: "ability"; abilities: readonly Ability[] }
  | { kind: "workshopList" }
  | { kind: "nobody"; why: string };

const ability = (...abilities: Ability[]): Rule => ({ kind: "ability", abilities });
const signedIn = (why: string): Rule => ({ kind: "signedIn", why });

/** True when `caller` may get a 2xx from a route under `rule`. */
export function isAllowed(rule: Rule, caller: Caller): boolean {
  switch (rule.kind) {
    case "public":
      return true;
    case "signedIn":
      return caller !== "signedOut";
    case "member":
      return (roles as readonly string[]).includes(caller);
    case "ability":
      return (roles as readonly string[]).includes(caller) && rule.abilities.every((a) => can(caller as Role, a));
    case "workshopList":
      // A guest lists only the workshops they take part in (none here): the list itself is theirs to read.
      return caller === "guest" || ((roles as readonly string[]).includes(caller) && can(caller as Role, "workshop.read"));
    case "nobody":
      return false;
  }
}

const org = "/api/v1/organisations/{orgId}";
export const journey = `${org}/journeys/{journeyId}`;
const survey = `${org}/surveys/{surveyId}`;
const workshop = `${org}/workshops/{workshopId}`;

/**
 * Every route of the OpenAPI document and who may succeed on it. A route missing from this
 * table fails the walk: a new route must say who may call it.
 */
export const apiRules: Record<string, Rule> = {
  "GET /api/health": { kind: "public" },
  "POST /api/v1/public/surveys/{publicToken}/responses": { kind: "public" },
  "GET /api/v1/me": signedIn("one's own profile"),
  "PATCH /api/v1/me": signedIn("one's own profile"),
  "DELETE /api/v1/me": signedIn("one's own erasure (walked signed out only: it would erase the walkers)"),
  "GET /api/v1/me/export": signedIn("one's own data"),
  "GET /api/v1/me/guest-grants": signedIn("one's own grants"),
  "GET /api/v1/organisations": signedIn("one's own memberships"),
  "POST /api/v1/organisations": signedIn("anyone may create an organisation of their own"),
  "GET /api/v1/invitations/{invitationId}": signedIn("the invitation link is the capability: its bearer sees the invitation"),
  "POST /api/v1/invitations/{invitationId}/accept": { kind: "nobody", why: "only the invitee's verified address may accept; no walker is the invitee" },

  [`POST ${org}/activate`]: { kind: "member" },
  [`GET ${org}`]: ability("organisation.read"),
  [`PATCH ${org}`]: ability("organisation.update"),
  [`GET ${org}/members`]: ability("member.read"),
  [`PATCH ${org}/members/{memberId}`]: ability("member.changeRole"),
  [`DELETE ${org}/members/{memberId}`]: ability("member.remove"),
  [`GET ${org}/invitations`]: ability("member.invite"),
  [`POST ${org}/invitations`]: ability("member.invite"),
  [`DELETE ${org}/invitations/{invitationId}`]: ability("member.invite"),
  [`POST ${org}/guests`]: ability("guest.invite"),
  [`GET ${org}/guest-invitations`]: ability("guest.invite"),
  [`DELETE ${org}/guest-invitations/{invitationId}`]: ability("guest.invite"),
  [`GET ${org}/audit-events`]: ability("audit.read"),
  [`GET ${org}/audit-events.csv`]: ability("audit.read"),
  [`GET ${org}/outbox`]: ability("outbox.read"),
  [`GET ${org}/sso`]: ability("sso.manage"),
  [`PUT ${org}/sso`]: ability("sso.manage"),
  [`DELETE ${org}/sso`]: ability("sso.manage"),
  [`POST ${org}/sso/verify-domain`]: ability("sso.manage"),
  [`GET ${org}/review-settings`]: ability("survey.read"),
  [`PUT ${org}/review-settings`]: ability("organisation.update"),
  [`GET ${org}/home`]: ability("organisation.read"),

  [`GET ${org}/stakeholder-types`]: ability("journey.read"),
  [`POST ${org}/stakeholder-types`]: ability("journey.edit"),
  [`PATCH ${org}/stakeholder-types/{id}`]: ability("journey.edit"),
  [`POST ${org}/stakeholder-types/reorder`]: ability("journey.edit"),
  [`GET ${org}/personas`]: ability("journey.read"),
  [`POST ${org}/personas`]: ability("journey.edit"),
  [`GET ${org}/personas/{id}`]: ability("journey.read"),
  [`PATCH ${org}/personas/{id}`]: ability("journey.edit"),
  [`DELETE ${org}/personas/{id}`]: ability("journey.edit"),
  [`PUT ${org}/personas/{id}/avatar`]: ability("journey.edit"),
  [`GET ${org}/personas/{id}/avatar`]: ability("journey.read"),
  [`GET ${org}/programmes`]: ability("journey.read"),
  [`POST ${org}/programmes`]: ability("journey.edit"),
  [`GET ${org}/programmes/{id}`]: ability("journey.read"),
  [`PATCH ${org}/programmes/{id}`]: ability("journey.edit"),
  [`DELETE ${org}/programmes/{id}`]: ability("journey.edit"),
  [`GET ${org}/journey-templates`]: ability("journey.read"),
  [`GET ${org}/journeys`]: ability("journey.read"),
  [`POST ${org}/journeys`]: ability("journey.edit"),
  [`GET ${journey}`]: ability("journey.read"),
  [`PATCH ${journey}`]: ability("journey.edit"),
  [`DELETE ${journey}`]: ability("journey.edit"),
  [`PUT ${journey}/lanes`]: ability("journey.edit"),
  [`GET ${journey}/document`]: ability("journey.read"),
  [`GET ${journey}/cells.csv`]: ability("journey.read"),
  [`GET ${journey}/events`]: ability("journey.read"),
  [`GET ${journey}/versions`]: ability("journey.read"),
  [`POST ${journey}/versions`]: ability("journey.edit"),
  [`GET ${journey}/versions/{versionId}`]: ability("journey.read"),
  [`POST ${journey}/versions/{versionId}/restore`]: ability("journey.edit"),
  [`GET ${journey}/diff`]: ability("journey.read"),
  [`GET ${journey}/measures`]: ability("journey.read"),
  [`GET ${journey}/domino`]: ability("journey.read"),
  [`POST ${journey}/stages`]: ability("journey.edit"),
  [`PATCH ${journey}/stages/{stageId}`]: ability("journey.edit"),
  [`DELETE ${journey}/stages/{stageId}`]: ability("journey.edit"),
  [`POST ${journey}/stages/{stageId}/move`]: ability("journey.edit"),
  [`POST ${journey}/steps`]: ability("journey.edit"),
  [`PATCH ${journey}/steps/{stepId}`]: ability("journey.edit"),
  [`DELETE ${journey}/steps/{stepId}`]: ability("journey.edit"),
  [`POST ${journey}/steps/{stepId}/move`]: ability("journey.edit"),
  [`PATCH ${journey}/cells`]: ability("journey.edit"),
  [`POST ${journey}/links`]: ability("journey.edit"),
  [`PATCH ${journey}/links/{linkId}`]: ability("journey.edit"),
  [`DELETE ${journey}/links/{linkId}`]: ability("journey.edit"),

  [`GET ${org}/survey-templates`]: ability("survey.read"),
  [`GET ${org}/surveys`]: ability("survey.read"),
  [`POST ${org}/surveys`]: ability("survey.manage"),
  [`GET ${survey}`]: ability("survey.read"),
  [`PATCH ${survey}`]: ability("survey.manage"),
  [`DELETE ${survey}`]: ability("survey.manage"),
  [`POST ${survey}/open`]: ability("survey.manage"),
  [`POST ${survey}/close`]: ability("survey.manage"),
  [`POST ${survey}/rotate-link`]: ability("survey.manage"),
  [`GET ${survey}/qr.{format}`]: ability("survey.read"),
  [`GET ${survey}/invitations`]: ability("survey.manage"),
  [`POST ${survey}/invitations`]: ability("survey.manage"),
  [`GET ${survey}/reminders`]: ability("survey.manage"),
  [`POST ${survey}/reminders/now`]: ability("survey.manage"),
  [`GET ${survey}/results`]: ability("survey.read"),
  [`GET ${survey}/verbatims`]: ability("survey.read"),
  [`GET ${survey}/responses.{format}`]: ability("survey.manage"),
  [`GET ${survey}/waves`]: ability("survey.read"),
  [`GET ${org}/follow-up-tasks`]: ability("survey.read"),
  [`PATCH ${org}/follow-up-tasks/{taskId}`]: ability("survey.manage"),
  [`GET ${org}/survey-dashboard`]: ability("survey.read"),

  [`GET ${org}/workshops`]: { kind: "workshopList" },
  [`POST ${org}/workshops`]: ability("workshop.manage"),
  [`GET ${workshop}`]: ability("workshop.read"),
  [`PATCH ${workshop}`]: ability("workshop.manage"),
  [`DELETE ${workshop}`]: ability("workshop.manage"),
  [`POST ${workshop}/archive`]: ability("workshop.manage"),
  [`POST ${workshop}/unarchive`]: ability("workshop.manage"),
  [`POST ${workshop}/participants`]: ability("workshop.manage"),
  [`PATCH ${workshop}/participants/{participantId}`]: ability("workshop.manage"),
  [`DELETE ${workshop}/participants/{participantId}`]: ability("workshop.manage"),
  [`GET ${workshop}/facts`]: ability("workshop.read"),
  [`GET ${workshop}/invitation.ics`]: ability("workshop.read"),
  [`GET ${workshop}/minutes`]: ability("workshop.read"),
  [`GET ${workshop}/merge`]: ability("workshop.manage"),
  [`POST ${workshop}/merge`]: ability("workshop.manage", "journey.edit"),
  [`GET ${workshop}/photos`]: ability("workshop.read"),
  [`POST ${workshop}/photos`]: ability("workshop.manage"),
  [`GET ${workshop}/photos/{photoId}`]: ability("workshop.read"),
  [`DELETE ${workshop}/photos/{photoId}`]: ability("workshop.manage"),
  [`GET ${org}/improvement-actions`]: ability("workshop.read"),
  [`POST ${org}/improvement-actions`]: ability("workshop.manage"),
  [`PATCH ${org}/improvement-actions/{actionId}`]: ability("workshop.manage"),

  [`GET ${org}/webhooks`]: ability("webhook.manage"),
  [`POST ${org}/webhooks`]: ability("webhook.manage"),
  [`PATCH ${org}/webhooks/{endpointId}`]: ability("webhook.manage"),
  [`DELETE ${org}/webhooks/{endpointId}`]: ability("webhook.manage"),
  [`POST ${org}/webhooks/{endpointId}/rotate-secret`]: ability("webhook.manage"),
  [`POST ${org}/webhooks/{endpointId}/test`]: ability("webhook.manage"),
  [`GET ${org}/webhook-deliveries`]: ability("webhook.manage"),
  [`POST ${org}/webhook-deliveries/{deliveryId}/redeliver`]: ability("webhook.manage"),
};

/** Routes not walked as signed-in callers, and why. */
export const walkedSignedOutOnly = new Set(["DELETE /api/v1/me"]);

/** better-auth endpoints that must never be reachable over HTTP (404 for everyone). */
export const forbiddenAuthEndpoints: readonly [method: "GET" | "POST", path: string][] = [
  ["POST", "/organization/create"],
  ["POST", "/organization/update"],
  ["POST", "/organization/delete"],
  ["GET", "/organization/list"],
  ["GET", "/organization/get-full-organization"],
  ["POST", "/organization/set-active"],
  ["GET", "/organization/list-members"],
  ["GET", "/organization/list-invitations"],
  ["GET", "/organization/get-invitation"],
  ["POST", "/organization/invite-member"],
  ["POST", "/organization/accept-invitation"],
  ["POST", "/organization/reject-invitation"],
  ["POST", "/organization/cancel-invitation"],
  ["POST", "/organization/update-member-role"],
  ["POST", "/organization/remove-member"],
  ["POST", "/organization/add-member"],
  ["POST", "/organization/leave"],
  ["GET", "/organization/get-active-member"],
  ["POST", "/organization/check-slug"],
  ["POST", "/organization/has-permission"],
  ["POST", "/sso/register"],
  ["GET", "/sso/providers"],
  ["POST", "/sso/update-provider"],
  ["POST", "/sso/delete-provider"],
  ["POST", "/sso/request-domain-verification"],
  ["POST", "/sso/verify-domain"],
  ["GET", "/admin/list-users"],
  ["POST", "/admin/set-role"],
  ["POST", "/admin/impersonate-user"],
  ["POST", "/admin/create-user"],
  ["POST", "/update-user"],
  ["POST", "/change-email"],
  ["POST", "/change-password"],
  ["POST", "/set-password"],
  ["POST", "/delete-user"],
  ["GET", "/list-sessions"],
  ["POST", "/revoke-session"],
  ["POST", "/revoke-sessions"],
  ["POST", "/revoke-other-sessions"],
  ["GET", "/list-accounts"],
  ["POST", "/unlink-account"],
  ["POST", "/link-social"],
  ["POST", "/sign-in/social"],
  ["POST", "/get-access-token"],
  ["POST", "/refresh-token"],
  ["GET", "/account-info"],
  ["POST", "/verify-password"],
  ["POST", "/magic-link/verify"],
  ["GET", "/ok"],
  ["GET", "/error"],
];
