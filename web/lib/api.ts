/**
 * The one fetch wrapper for /api/v1: same-origin cookies, JSON in and out, problem+json errors.
 * `call(contract, input)` is how the web app reaches an endpoint: the path, the body and the answer
 * are typed from the endpoint's contract (shared/contracts/<feature>.ts), the same the server uses.
 */
import type { Endpoint, EndpointBody, EndpointParams, EndpointQuery, EndpointResult } from "../../shared/contracts/endpoint.js";
import { endpointUrl } from "../../shared/contracts/endpoint-url.js";
import type { Problem } from "../../shared/errors.js";
import type { z } from "zod";

/** An error answered by the API, carrying the RFC 9457 problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The whole problem document, with any extension members the endpoint adds. */
  readonly problem: Problem & Record<string, unknown>;

  constructor(problem: Problem & Record<string, unknown>) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** The problem document as answered, extension members included (e.g. the current values of a conflicting edit). */
async function toProblem(response: Response): Promise<Problem & Record<string, unknown>> {
  try {
    const body = (await response.json()) as Partial<Problem> & Record<string, unknown>;
    if (body && typeof body.code === "string") {
      return {
        ...body,
        type: body.type ?? "about:blank",
        title: body.title ?? response.statusText,
        status: body.status ?? response.status,
        code: body.code,
      };
    }
  } catch {
    // Not JSON: fall through to a generic problem.
  }
  const code = response.status === 401 ? "unauthenticated" : response.status >= 500 ? "internal_error" : "bad_request";
  return { type: "about:blank", title: response.statusText, status: response.status, code };
}

/** Calls the API and returns the parsed JSON body (undefined for 204). Throws ApiError. */
export async function api<T>(path: string, options: { method?: Method; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        ...(options.body !== undefined ? { "Content-Type": "application/json" } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch {
    throw new ApiError({ type: "about:blank", title: "Network error", status: 0, code: "network_error" });
  }
  if (!response.ok) throw new ApiError(await toProblem(response));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

type Input<E extends Endpoint> = (E extends { params: z.ZodType } ? { params: EndpointParams<E> } : { params?: undefined }) &
  (E extends { query: z.ZodType } ? { query?: EndpointQuery<E> } : { query?: undefined }) &
  (E extends { body: z.ZodType } ? { body: EndpointBody<E> } : { body?: undefined });

/** Calls an endpoint declared in shared/contracts: typed input and answer. Throws ApiError. */
export async function call<E extends Endpoint>(endpoint: E, input: Input<E> = {} as Input<E>): Promise<EndpointResult<E>> {
  const url = endpointUrl(endpoint, (input.params ?? {}) as Record<string, string>, (input.query ?? {}) as Record<string, unknown>);
  if (endpoint.response !== null && "file" in endpoint.response) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new ApiError(await toProblem(response));
    return (await response.blob()) as EndpointResult<E>;
  }
  return api<EndpointResult<E>>(url, { method: endpoint.method, body: input.body });
}

/** Saves a file the browser holds (a download from `call`, a generated export) under `fileName`. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
