/**
 * Guards every request at the edge, before any route (ours or better-auth's) sees it:
 * - the client can never send the header that carries its address to better-auth;
 * - text that PostgreSQL or our code cannot store faithfully — NUL characters, unpaired UTF-16
 *   surrogates, percent-encodings that are not UTF-8 — is refused with 400 `invalid_characters`
 *   in the URL (path, path params, query string) and in parsed bodies (JSON and form), so no
 *   handler ever starts, and none can half-write its work.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { clientAddressHeader } from "./client-address.js";
import { AppError, toProblem } from "../platform/problem.js";

/** A quick test: the string may hold a NUL or a surrogate (most strings are rejected here). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what this refuses.
const suspectCharacters = /[\u0000\uD800-\uDFFF]/;
/** A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what this refuses.
const invalidCharacters = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Runs of percent-encoded bytes in a URL. */
const percentRuns = /(?:%[0-9A-Fa-f]{2})+/g;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** True when `text` holds a NUL character or an unpaired surrogate. */
export function hasInvalidCharacters(text: string): boolean {
  return suspectCharacters.test(text) && invalidCharacters.test(text);
}

/** True when a raw URL holds a NUL (literal or %00) or percent-encoded bytes that are not valid UTF-8. */
export function hasInvalidUrlText(url: string): boolean {
  if (hasInvalidCharacters(url)) return true;
  for (const [run] of url.matchAll(percentRuns)) {
    const bytes = Uint8Array.from(run.slice(1).split("%"), (hex) => Number.parseInt(hex, 16));
    try {
      if (strictUtf8.decode(bytes).includes("\u0000")) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** True when any string (key or value) inside a parsed body, query or params object is invalid. Iterative: no stack overflow on deep input. */
export function hasInvalidValue(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (hasInvalidCharacters(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (hasInvalidCharacters(key)) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

const refusal = () =>
  new AppError("invalid_characters", "The request contains a NUL character, an unpaired surrogate or a percent-encoding that is not UTF-8.");

/**
 * Fastify's `frameworkErrors`: the router refuses a path it cannot decode (a lone surrogate
 * percent-encoded in a path param) before any hook runs; answer it as problem+json too.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem =
    error.code === "FST_ERR_BAD_URL" && hasInvalidUrlText(request.url)
      ? toProblem("invalid_characters", refusal().message)
      : toProblem("bad_request", error.code === "FST_ERR_BAD_URL" ? "The URL is not valid." : error.message);
  reply.status(problem.status).type("application/problem+json").send(problem);
}

/**
 * Registers the edge hooks on the root instance; call before any route is registered. The hooks
 * are plain callbacks, not async functions: they run on every request, answers included, and an
 * async hook costs a promise and a microtask each time.
 */
export function registerEdgeGuards(app: FastifyInstance): void {
  app.addHook("onRequest", (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    delete request.headers[clientAddressHeader];
    done(hasInvalidUrlText(request.url) ? refusal() : undefined);
  });
  app.addHook("preValidation", (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    done(hasInvalidValue(request.params) || hasInvalidValue(request.query) || hasInvalidValue(request.body) ? refusal() : undefined);
  });
}
