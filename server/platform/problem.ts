/**
 * Expected failures as typed errors, rendered once as application/problem+json.
 * Anything else is an internal error: logged, and answered without details.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type ErrorCode, errorCodes, type FieldErrorCode, type Problem } from "../../shared/errors.js";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: Problem["errors"],
    /** Extra members of the problem document (e.g. the conflicting fields of an edit). */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
  get status(): number {
    return errorCodes[this.code];
  }
}

export const notFound = (what = "resource") => new AppError("not_found", `No such ${what}.`);
export const forbidden = (message = "You may not do this.") => new AppError("forbidden", message);

export function toProblem(code: ErrorCode, detail: string, errors?: Problem["errors"]): Problem {
  return {
    type: `https://tutti.dev/problems/${code.replaceAll("_", "-")}`,
    title: code.replaceAll("_", " "),
    status: errorCodes[code],
    code,
    detail,
    ...(errors ? { errors } : {}),
  };
}

/** Registers the error and not-found handlers: every error leaves as problem+json. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    let problem: Problem;
    if (error instanceof AppError) {
      problem = { ...toProblem(error.code, error.message, error.errors), ...error.extensions };
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split("/")].filter(Boolean).join("."),
        message: issue.message ?? "invalid",
        ...fieldErrorShape(issue.keyword, issue.message ?? "", issue.params ?? {}),
      }));
      problem = toProblem("validation_failed", "The request is not valid.", errors);
    } else if (error.statusCode === 429) {
      problem = toProblem("rate_limited", "Too many requests; try again in a moment.");
    } else if (error.statusCode === 413) {
      problem = toProblem("payload_too_large", "The request body is too large.");
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      problem = toProblem("bad_request", error.message);
    } else {
      request.log.error({ err: error }, "unexpected error");
      problem = toProblem("internal_error", "Something went wrong on our side.");
    }
    reply.status(problem.status).type("application/problem+json").send(problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const problem = toProblem("not_found", `No route ${request.method} ${request.url.split("?")[0]}.`);
    reply.status(404).type("application/problem+json").send(problem);
  });
}

const numberParam = (value: unknown): number | undefined => (typeof value === "number" || typeof value === "bigint" ? Number(value) : undefined);

/**
 * A zod issue (its code is fastify's `keyword`, its other members `params`) as a small stable shape the
 * web app translates: `{ code: "too_big", params: { maximum: 200, origin: "string" } }`. A `custom`
 * issue keeps only its message: our refinements already put a stable code there (e.g. "duplicate_ref").
 */
export function fieldErrorShape(
  keyword: string,
  message: string,
  params: Record<string, unknown>,
): { code?: FieldErrorCode; params?: NonNullable<Problem["errors"]>[number]["params"] } {
  const origin = typeof params.origin === "string" ? params.origin : undefined;
  switch (keyword) {
    case "invalid_type":
      return /received undefined$/.test(message)
        ? { code: "required" }
        : { code: "invalid_type", params: { expected: typeof params.expected === "string" ? params.expected : undefined } };
    case "too_small":
      return { code: "too_small", params: { minimum: numberParam(params.minimum), origin } };
    case "too_big":
      return { code: "too_big", params: { maximum: numberParam(params.maximum), origin } };
    case "invalid_format":
      return { code: "invalid_format", params: { format: typeof params.format === "string" ? params.format : undefined } };
    case "invalid_value":
      return { code: "invalid_value", params: { values: Array.isArray(params.values) ? params.values.map(String) : undefined } };
    case "unrecognized_keys":
      return { code: "unrecognized_keys", params: { keys: Array.isArray(params.keys) ? params.keys.map(String) : undefined } };
    case "custom":
      return {};
    default:
      return { code: "invalid" };
  }
}
