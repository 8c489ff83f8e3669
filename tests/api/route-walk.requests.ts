/**
 * The requests of the route walk (route-walk.test.ts): organisation A's real objects for path
 * params, request bodies generated from the OpenAPI document's own schemas, URLs, and sending.
 */
import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import type { Agent } from "../factories.js";
import type { TestApp } from "../test-app.js";
import { testOrigin } from "../test-app.js";
import { journey } from "./route-walk.fixture.js";

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
    (await one(
      "SELECT w.id FROM workshops w JOIN workshop_participants p ON p.workshop_id = w.id WHERE w.organisation_id = $1 AND w.status = 'scheduled' ORDER BY w.id LIMIT 1",
    )) ??
    (await one("SELECT workshop_id FROM workshop_participants WHERE organisation_id = $1 ORDER BY workshop_id LIMIT 1")) ??
    (await one("SELECT id FROM workshops WHERE organisation_id = $1 ORDER BY id LIMIT 1")) ??
    randomUUID();
  const inWorkshop = [orgId, ids.workshopId];
  ids.participantId =
    (await one("SELECT id FROM workshop_participants WHERE organisation_id = $1 AND workshop_id = $2 ORDER BY id LIMIT 1", inWorkshop)) ?? randomUUID();
  ids.photoId = (await one("SELECT id FROM workshop_photos WHERE organisation_id = $1 AND workshop_id = $2 ORDER BY id LIMIT 1", inWorkshop)) ?? "";
  if (!ids.photoId) {
    const uploaded = await send(t, owner, "POST", `/api/v1/organisations/${orgId}/workshops/${ids.workshopId}/photos`, {
      raw: onePixelPng,
      contentType: "image/png",
    });
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
