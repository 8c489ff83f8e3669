/**
 * An endpoint declared once, for the server and the web app: method, path, what it takes
 * (params, query, body), what it answers (response), and who may call it (access). The server
 * registers it with a handler (server/platform/endpoint.ts: validation, OpenAPI, authorisation,
 * presenting and problem+json errors come from here); the web app calls it with `call()`
 * (web/lib/api.ts), typed from the same schemas. Features declare theirs in
 * `shared/contracts/<feature>.ts`, through `contractsFor` (a line or so an endpoint).
 */
import type { z } from "zod";
import type { Ability } from "../roles.js";
import { orgParamsSchema } from "../schemas/common.js";

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

/** What an endpoint declares beyond its method, path, summary and access. */
export type EndpointSpec = Pick<Endpoint, "params" | "query" | "body" | "response" | "status"> & { readonly tags?: readonly string[] };

/** The `:name` parameters of a path, as a union of names. */
type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
/** The spec's params, else the builder's, else the organisation's (orgParamsSchema) for a path whose only parameter is `:orgId`. */
type WithParams<P extends string, S, D> = S extends { params: z.ZodType }
  ? S
  : D extends z.ZodType
    ? S & { readonly params: D }
    : [PathParams<P>] extends ["orgId"]
      ? ["orgId"] extends [PathParams<P>]
        ? S & { readonly params: typeof orgParamsSchema }
        : S
      : S;
/** An ability alone stands for `{ ability }`. */
type AccessOf<A extends Access | Ability> = A extends Ability ? { readonly ability: A } : A;

export type Declared<M extends Method, P extends string, A extends Access | Ability, S extends EndpointSpec, D> = {
  readonly method: M;
  readonly path: P;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: AccessOf<A>;
} & WithParams<P, Omit<S, "tags">, D>;

/**
 * The endpoints of one feature (or of one resource in it): their OpenAPI tag, the path they start
 * from and, for a resource, its params. Each endpoint is then one call —
 * `api.get("/:id", "One programme", "journey.read", { params: entityParamsSchema, response: programmeSchema })`:
 * the path after `base`, the summary, the access (an ability alone stands for `{ ability }`;
 * `{ signedIn: true }`, `{ public: true }`, `{ policy }` as they are), then what it takes and answers.
 * The params are the spec's, else the builder's `params`, else `orgParamsSchema` for a path whose
 * only parameter is `:orgId`; a spec may name other tags. Errors (problem+json) are declared for
 * every endpoint by the server.
 */
export function contractsFor<const B extends string, D extends z.ZodType | undefined = undefined>(feature: { tag: string; base: B; params?: D }) {
  const tags = [feature.tag];
  const at =
    <const M extends Method>(method: M) =>
    <const P extends string, const A extends Access | Ability, const S extends EndpointSpec>(
      path: P,
      summary: string,
      access: A,
      spec: S,
    ): Declared<M, `${B}${P}`, A, S, D> => {
      const fullPath = `${feature.base}${path}` as const;
      const names = [...fullPath.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]);
      const orgOnly = names.length === 1 && names[0] === "orgId";
      const params = spec.params ?? feature.params ?? (orgOnly ? orgParamsSchema : undefined);
      const rule: Access = typeof access === "string" ? { ability: access } : access;
      const declared = endpoint({ method, path: fullPath, summary, tags, access: rule, ...spec, ...(params ? { params } : {}) });
      return declared as unknown as Declared<M, `${B}${P}`, A, S, D>;
    };
  return { get: at("GET"), post: at("POST"), put: at("PUT"), patch: at("PATCH"), delete: at("DELETE") };
}

type Infer<S, Otherwise> = S extends z.ZodType ? z.infer<S> : Otherwise;

/** The path parameters, query and body an endpoint takes (as its caller sends them). */
export type EndpointParams<E extends Endpoint> = E extends { params: infer S } ? Infer<S, never> : Record<string, never>;
export type EndpointQuery<E extends Endpoint> = E extends { query: infer S extends z.ZodType } ? z.input<S> : Record<string, never>;
export type EndpointBody<E extends Endpoint> = E extends { body: infer S extends z.ZodType } ? z.input<S> : undefined;
/** What the endpoint answers, as JSON reaches the caller; `undefined` for 204, a Blob for a file. */
export type EndpointResult<E extends Endpoint> = E["response"] extends z.ZodType ? z.output<E["response"]> : E["response"] extends null ? undefined : Blob;
