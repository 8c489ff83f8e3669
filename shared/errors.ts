/**
 * The one vocabulary of error codes. The server answers them as application/problem+json
 * (RFC 9457) with `code`; the web app translates them (errors.<code> in the locale files).
 */
import { z } from "zod";

export const errorCodes = {
  validation_failed: 400,
  bad_request: 400,
  invalid_characters: 400,
  due_date_past: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_rejected: 403,
  email_not_verified: 403,
  not_found: 404,
  conflict: 409,
  already_member: 409,
  last_owner: 409,
  payload_too_large: 413,
  too_many_recipients: 413,
  rate_limited: 429,
  mail_quota_exceeded: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** The stable kinds of a field error (the web app translates `validation.<code>`); absent for our own refinements, whose `message` is already a code. */
export const fieldErrorCodes = ["required", "too_small", "too_big", "invalid_type", "invalid_format", "invalid_value", "unrecognized_keys", "invalid"] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

/** One field error: `path` and `message` (English, for API users), and for the web app a `code` with its limits. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.enum(fieldErrorCodes).optional(),
  params: z
    .object({
      minimum: z.number().optional(),
      maximum: z.number().optional(),
      origin: z.string().optional(),
      format: z.string().optional(),
      expected: z.string().optional(),
      values: z.array(z.string()).optional(),
      keys: z.array(z.string()).optional(),
    })
    .optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: "Problem" });

export type Problem = z.infer<typeof problemSchema>;
