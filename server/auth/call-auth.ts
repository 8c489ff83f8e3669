/**
 * Calls a better-auth server API and turns its errors into our problem codes, so that every
 * endpoint answers the same vocabulary whether better-auth or our code refused.
 */
import { isAPIError } from "better-auth/api";
import type { ErrorCode } from "../../shared/errors.js";
import { AppError } from "../platform/problem.js";

function codeFor(statusCode: number, authCode: string | undefined): ErrorCode {
  if (authCode?.includes("ALREADY_A_MEMBER") || authCode?.includes("ALREADY_INVITED")) return "already_member";
  if (authCode?.includes("ALREADY_EXISTS") || authCode?.includes("ALREADY_TAKEN")) return "conflict";
  if (statusCode === 401) return "unauthenticated";
  if (statusCode === 403) return "forbidden";
  if (statusCode === 404) return "not_found";
  if (statusCode === 409) return "conflict";
  if (statusCode === 429) return "rate_limited";
  if (statusCode >= 400 && statusCode < 500) return "bad_request";
  return "internal_error";
}

export async function callAuth<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const body = (error.body ?? {}) as { code?: string; message?: string };
    const code = codeFor(error.statusCode, body.code);
    if (code === "internal_error") throw error;
    throw new AppError(code, body.message ?? error.message);
  }
}
