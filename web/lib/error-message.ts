/** Turns any thrown error into a translated, human message. */
import type { TFunction } from "i18next";
import { isApiError } from "./api";

export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    return t(`errors.${error.code}`, { defaultValue: t("errors.unknown") });
  }
  return t("errors.unknown");
}

/** Field errors of a validation problem, if any. */
export function fieldErrors(error: unknown): { path: string; message: string }[] {
  return isApiError(error) ? (error.problem.errors ?? []) : [];
}

/** Message for a better-auth client error (its codes are UPPER_SNAKE_CASE). */
export function authErrorMessage(t: TFunction, error: { code?: string; status?: number } | null | undefined): string {
  if (!error) return t("errors.unknown");
  if (error.code) return t(`authErrors.${error.code}`, { defaultValue: t(error.status === 429 ? "errors.rate_limited" : "errors.unknown") });
  return t(error.status === 429 ? "errors.rate_limited" : "errors.unknown");
}
