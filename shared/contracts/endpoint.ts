/**
 * An endpoint declared once, for the server and the web app: method, path, what it takes
 * (params, query, body), what it answers (response), and who may call it (access). The server
 * registers it with a handler (server/platform/endpoint.ts: validation, OpenAPI, authorisation,
 * presenting and problem+json errors come from here); the web app calls it with `call()`
 * (web/lib/api.ts), typed from the same schemas. Features declare theirs in
 * `shared/contracts/<feature>.ts`.
 */
import type { z } from "zod";
import type { Ability } from "../roles.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Rules beyond the ability table, each implemented once on the server by the feature that owns it
 * (server/platform/authorise.ts) and used by HTTP and the live socket alike.
 */
export type PolicyName = "workshop.list" | "workshop.read" | "workshop.manage";

/** Who may call an endpoint. */
export type Access =
  /** Anyone, signed in or not (rate-limited where it matters). */
  | { readonly public: true }
  /** Any signed-in person. */
  | { readonly signedIn: true }
  /** A member of the organisation in the path (`:orgId`) whose role has this ability (shared/roles.ts). */
  | { readonly ability: Ability }
  /** A member of the organisation in the path who passes the named policy. */
  | { readonly policy: PolicyName };

/** A download: bytes of this media type rather than JSON (CSV, XLSX, PDF, PNG, iCalendar, an event stream). */
export type FileResponse = { readonly file: string };

export type Endpoint = {
  readonly method: Method;
  /** The full path, with `:name` parameters (e.g. `/api/v1/organisations/:orgId/members`). */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: Access;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The JSON body of a success, `null` for 204 No Content, or a file. */
  readonly response: z.ZodType | FileResponse | null;
  /** The success status when it is not 200 (201 for a creation); 204 when `response` is null. */
  readonly status?: 200 | 201 | 202;
};

/** Declares an endpoint; `const` keeps the literal types the server and the web app infer from. */
export function endpoint<const E extends Endpoint>(definition: E): E {
  return definition;
}

type Infer<S, Otherwise> = S extends z.ZodType ? z.infer<S> : Otherwise;

/** The path parameters, query and body an endpoint takes (as its caller sends them). */
export type EndpointParams<E extends Endpoint> = E extends { params: infer S } ? Infer<S, never> : Record<string, never>;
export type EndpointQuery<E extends Endpoint> = E extends { query: infer S extends z.ZodType } ? z.input<S> : Record<string, never>;
export type EndpointBody<E extends Endpoint> = E extends { body: infer S extends z.ZodType } ? z.input<S> : undefined;
/** What the endpoint answers, as JSON reaches the caller; `undefined` for 204, a Blob for a file. */
export type EndpointResult<E extends Endpoint> = E["response"] extends z.ZodType ? z.output<E["response"]> : E["response"] extends null ? undefined : Blob;

/** The URL of an endpoint for these path parameters and query (values are URI-encoded). */
export function endpointUrl(definition: Endpoint, params: Record<string, string | number> = {}, query: Record<string, unknown> = {}): string {
  const path = definition.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${definition.path}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
