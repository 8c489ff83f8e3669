/**
 * What the route walk (route-walk.test.ts) needs: the callers, the table saying who may get a
 * 2xx from each route (derived from shared/roles.ts abilities), organisation A's real objects
 * for path params, and request bodies generated from the OpenAPI document's own schemas.
 */
import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { type Ability, can, type Role, roles } from "../../shared/roles.js";
import type { Agent } from "../factories.js";
import type { TestApp } from "../test-app.js";
import { testOrigin } from "../test-app.js";

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
const journey = `${org}/journeys/{journeyId}`;
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
  [`GET ${org}/outbox`]: ability("outbox.read"),
  [`GET ${org}/sso`]: ability("sso.manage"),
  [`PUT ${org}/sso`]: ability("sso.manage"),
  [`DELETE ${org}/sso`]: ability("sso.manage"),
  [`POST ${org}/sso/verify-domain`]: ability("sso.manage"),
  [`GET ${org}/review-settings`]: ability("survey.read"),
  [`PUT ${org}/review-settings`]: ability("organisation.update"),

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

/** Organisation A's real objects, named by the path params that point at them. */
export type ObjectIds = Record<string, string>;

/** Reads organisation A's objects from the database (creating the few the demo has none of). */
export async function collectObjectIds(t: TestApp, orgId: string, owner: Agent): Promise<ObjectIds> {
  const one = async (sql: string, params: unknown[] = [orgId]): Promise<string | null> => {
    const result = await t.ctx.pool.query(sql, params);
    const value = result.rows[0] ? Object.values(result.rows[0])[0] : null;
    return value === null || value === undefined ? null : String(value);
  };
  const ids: ObjectIds = { orgId };
  ids.memberId =
    (await one(`SELECT m.id FROM member m JOIN "user" u ON u.id = m."userId" WHERE m."organizationId" = $1 AND m.role = 'manager' ORDER BY u.email LIMIT 1`)) ??
    randomUUID();
  ids.stakeholderTypeId = (await one("SELECT id FROM stakeholder_types WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ?? randomUUID();
  ids.personaId = (await one("SELECT id FROM personas WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ?? randomUUID();
  ids.programmeId = (await one("SELECT id FROM programmes WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ?? randomUUID();
  ids.journeyId =
    (await one("SELECT journey_id FROM impact_links WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ??
    (await one("SELECT journey_id FROM journey_steps WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ??
    randomUUID();
  const inJourney = [orgId, ids.journeyId];
  ids.stageId = (await one("SELECT id FROM journey_stages WHERE organisation_id = $1 AND journey_id = $2 ORDER BY id LIMIT 1", inJourney)) ?? randomUUID();
  ids.stepId = (await one("SELECT id FROM journey_steps WHERE organisation_id = $1 AND journey_id = $2 ORDER BY id LIMIT 1", inJourney)) ?? randomUUID();
  ids.linkId = (await one("SELECT id FROM impact_links WHERE organisation_id = $1 AND journey_id = $2 ORDER BY id LIMIT 1", inJourney)) ?? randomUUID();
  ids.versionId = (await one("SELECT id FROM journey_versions WHERE organisation_id = $1 AND journey_id = $2 ORDER BY id LIMIT 1", inJourney)) ?? "";
  if (!ids.versionId) {
    const created = await owner.post(`/api/v1/organisations/${orgId}/journeys/${ids.journeyId}/versions`, { name: "Version du parcours" });
    ids.versionId = created.statusCode === 201 ? String(created.json().id) : randomUUID();
  }
  ids.surveyId = (await one("SELECT id FROM surveys WHERE organisation_id = $1 ORDER BY created_at LIMIT 1")) ?? randomUUID();
  ids.publicToken = (await one("SELECT public_token FROM surveys WHERE organisation_id = $1 AND id = $2", [orgId, ids.surveyId])) ?? "no-such-token";
  ids.taskId = (await one("SELECT id FROM follow_up_tasks WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ?? randomUUID();
  // A workshop still in preparation (a closed one refuses most changes, which would hide a missing check).
  ids.workshopId =
    (await one("SELECT w.id FROM workshops w JOIN workshop_participants p ON p.workshop_id = w.id WHERE w.organisation_id = $1 AND w.status = 'scheduled' ORDER BY w.id LIMIT 1")) ??
    (await one("SELECT workshop_id FROM workshop_participants WHERE organisation_id = $1 ORDER BY workshop_id LIMIT 1")) ??
    (await one("SELECT id FROM workshops WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ??
    randomUUID();
  const inWorkshop = [orgId, ids.workshopId];
  ids.participantId = (await one("SELECT id FROM workshop_participants WHERE organisation_id = $1 AND workshop_id = $2 ORDER BY id LIMIT 1", inWorkshop)) ?? randomUUID();
  ids.photoId = (await one("SELECT id FROM workshop_photos WHERE organisation_id = $1 AND workshop_id = $2 ORDER BY id LIMIT 1", inWorkshop)) ?? "";
  if (!ids.photoId) {
    const uploaded = await send(t, owner, "POST", `/api/v1/organisations/${orgId}/workshops/${ids.workshopId}/photos`, { raw: onePixelPng, contentType: "image/png" });
    ids.photoId = uploaded.statusCode === 201 || uploaded.statusCode === 200 ? String(uploaded.json().id) : randomUUID();
  }
  ids.actionId = (await one("SELECT id FROM improvement_actions WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ?? randomUUID();
  const endpoint = await owner.post(`/api/v1/organisations/${orgId}/webhooks`, { url: "https://hooks.example.org/tutti", eventTypes: ["response.created"] });
  ids.endpointId = endpoint.statusCode === 201 || endpoint.statusCode === 200 ? String(endpoint.json().id) : randomUUID();
  ids.deliveryId = (await one("SELECT id FROM webhook_deliveries WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ?? randomUUID();
  ids.invitationId = `walk-${randomUUID()}`;
  await t.ctx.pool.query(
    `INSERT INTO invitation (id, "organizationId", email, role, status, "expiresAt", "inviterId") VALUES ($1, $2, $3, 'admin', 'pending', now() + interval '7 days', $4)`,
    [ids.invitationId, orgId, "invitee.walk@exemple.fr", owner.user.id],
  );
  return ids;
}

/** Routes that answer a never-ending stream (Server-Sent Events): walked over a real socket, closed after the headers. */
export const streamingRoutes = new Set([`GET ${journey}/events`]);

/** The status of a streaming GET as `agent`, over a real connection to `baseUrl`, closed as soon as the headers arrive. */
export async function streamStatus(baseUrl: string, agent: Agent, url: string): Promise<number> {
  const cookie = [...agent.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}${url}`, { headers: cookie ? { cookie } : {}, signal: abort.signal });
  abort.abort();
  return response.status;
}

/** A 1×1 PNG, for the routes whose body is an image. */
export const onePixelPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** Sends a request as `agent` (its cookies), with a JSON body or a raw one. */
export async function send(
  t: TestApp,
  agent: Agent,
  method: string,
  url: string,
  body: { json?: unknown; raw?: Buffer | string; contentType?: string } = {},
): Promise<LightMyRequestResponse> {
  const cookie = [...agent.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const headers: Record<string, string> = { origin: testOrigin, ...(cookie ? { cookie } : {}) };
  let payload: string | Buffer | undefined;
  if (body.raw !== undefined) {
    payload = body.raw;
    headers["content-type"] = body.contentType ?? "application/octet-stream";
  } else if (body.json !== undefined) {
    payload = JSON.stringify(body.json);
    headers["content-type"] = "application/json";
  }
  return t.app.inject({ method: method as "GET", url, headers, ...(payload !== undefined ? { payload } : {}) });
}

/** The value a path param takes: organisation A's object of that kind (`id` is named by the segment before it). */
export function paramValue(path: string, name: string, ids: ObjectIds, schema?: JsonSchema): string {
  if (name === "id") {
    if (path.includes("/stakeholder-types/")) return ids.stakeholderTypeId ?? randomUUID();
    if (path.includes("/personas/")) return ids.personaId ?? randomUUID();
    if (path.includes("/programmes/")) return ids.programmeId ?? randomUUID();
  }
  if (name === "format") return path.includes("/qr.") ? "svg" : "csv";
  if (name === "invitationId" && path.startsWith("/api/v1/organisations/")) return ids.invitationId ?? randomUUID();
  const known = ids[name];
  if (known) return known;
  if (schema?.enum?.[0] !== undefined) return String(schema.enum[0]);
  return randomUUID();
}

/** The subset of JSON Schema the OpenAPI document uses. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  additionalProperties?: boolean | JsonSchema;
};

/**
 * A value that satisfies `schema` as far as a generator can: required properties only, real ids
 * for properties named like a path param, and `text` in every free-text string (the fuzz puts a
 * NUL or a lone surrogate there).
 */
export function sampleOf(schema: JsonSchema | undefined, ids: ObjectIds, text = "Texte de test", key = "", depth = 0, isEveryProperty = false): unknown {
  if (!schema || depth > 8) return null;
  const sample = (part: JsonSchema | undefined, name = key) => sampleOf(part, ids, text, name, depth + 1, isEveryProperty);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const option = options.find((o) => o.type !== "null") ?? options[0];
    return sample(option);
  }
  if (schema.allOf) {
    return Object.assign({}, ...schema.allOf.map((part) => sample(part) as object));
  }
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const names = isEveryProperty ? Object.keys(schema.properties ?? {}) : (schema.required ?? []);
      for (const name of names) out[name] = sample(schema.properties?.[name], name);
      return out;
    }
    case "array": {
      const count = Math.max(schema.minItems ?? 0, 1);
      const itemSchema = schema.items ?? schema.prefixItems?.[0];
      return Array.from({ length: Math.min(count, schema.maxItems ?? count) }, () => sample(itemSchema));
    }
    case "integer":
    case "number": {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      return schema.maximum !== undefined ? Math.min(low, schema.maximum) : low;
    }
    case "boolean":
      return false;
    case "string":
      return sampleString(schema, ids, text, key);
    default:
      return schema.default ?? null;
  }
}

function sampleString(schema: JsonSchema, ids: ObjectIds, text: string, key: string): string {
  if (schema.format === "uuid") return ids[key] ?? ids[`${key.replace(/Ids?$/, "")}Id`] ?? randomUUID();
  if (schema.format === "email") return `walk.${randomUUID().slice(0, 8)}@exemple.fr`;
  if (schema.format === "date-time") return new Date(Date.now() + 86_400_000).toISOString();
  if (schema.format === "date") return "2027-03-01";
  if (schema.format === "uri" || schema.format === "url") return "https://example.org/page";
  if (/colou?r/i.test(key)) return "#336699";
  if (/locale/i.test(key)) return "fr";
  const min = schema.minLength ?? 0;
  const value = text.length >= min ? text : text.padEnd(min, "x");
  return schema.maxLength !== undefined ? value.slice(0, schema.maxLength) : value;
}

/** Each operation of the OpenAPI document, with the key used in `apiRules`. */
export type Operation = {
  key: string;
  method: string;
  path: string;
  pathParams: { name: string; schema?: JsonSchema }[];
  requiredQuery: { name: string; schema?: JsonSchema }[];
  body?: JsonSchema;
};

/** The operations of /api/openapi.json. */
export function listOperations(spec: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = op.parameters ?? [];
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === "path").map((p) => ({ name: p.name, schema: p.schema })),
        requiredQuery: parameters.filter((p) => p.in === "query" && p.required).map((p) => ({ name: p.name, schema: p.schema })),
        body: op.requestBody?.content?.["application/json"]?.schema,
      });
    }
  }
  return operations;
}

type OpenApiOperation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

/** The URL of an operation with organisation A's objects and its required query params. */
export function urlOf(op: Operation, ids: ObjectIds, queryText?: string): string {
  let url = op.path;
  for (const param of op.pathParams) url = url.replace(`{${param.name}}`, encodeURIComponent(paramValue(op.path, param.name, ids, param.schema)));
  const query = new URLSearchParams();
  for (const param of op.requiredQuery) query.set(param.name, String(sampleOf(param.schema, { ...ids, [param.name]: ids[param.name] ?? "" }, "x", param.name)));
  const search = query.toString();
  return `${url}${search ? `?${search}` : ""}${queryText ? `${search ? "&" : "?"}${queryText}` : ""}`;
}

/** True when an operation's body is an image rather than JSON. */
export function takesImage(op: Operation): boolean {
  return !op.body && (op.method === "PUT" || op.method === "POST") && /\/(avatar|photos)$/.test(op.path);
}

