/** Turns any thrown error into a translated, human message. */
import type { TFunction } from "i18next";
import type { FieldError } from "../../shared/errors";
import { isApiError } from "./api";
import { formatNumber } from "./format";

export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    return t(`errors.${error.code}`, { defaultValue: t("errors.unknown") });
  }
  return t("errors.unknown");
}

/** Field errors of a validation problem, if any. */
export function fieldErrors(error: unknown): FieldError[] {
  return isApiError(error) ? (error.problem.errors ?? []) : [];
}

/** The field a path names, for a person: "body.title" → the translated "title" label (or the bare name). */
function fieldLabel(t: TFunction, path: string): string {
  const name =
    path
      .split(".")
      .pop()
      ?.replace(/\[\d+\]$/, "") ?? "";
  if (!name || name === "body" || name === "query" || name === "params") return t("validation.thisField");
  return t(`fields.${name}`, { defaultValue: name });
}

/**
 * One field error as a translated sentence saying what to do ("Titre : 200 caractères au plus"), from its
 * stable `code` and limits — never the server's English `message`; a generic sentence when the code is unknown.
 */
export function fieldErrorText(t: TFunction, error: FieldError): string {
  const field = fieldLabel(t, error.path);
  const p = error.params ?? {};
  const generic = t("validation.invalid", { field });
  switch (error.code) {
    case "too_big":
    case "too_small": {
      const limit = error.code === "too_big" ? p.maximum : p.minimum;
      if (limit === undefined) return generic;
      const unit = p.origin === "string" || p.origin === "array" ? p.origin : "number";
      return t(`validation.${error.code}.${unit}`, { field, count: limit, limit: formatNumber(limit) });
    }
    case "invalid_format":
      return t(`validation.invalid_format.${p.format}`, { field, defaultValue: generic });
    case "invalid_value":
      return p.values?.length ? t("validation.invalid_value", { field }) : generic;
    case "required":
    case "invalid_type":
    case "unrecognized_keys":
      return t(`validation.${error.code}`, { field });
    default:
      return generic;
  }
}

/** The translated sentences of a validation problem's field errors, one per field error. */
export function fieldErrorTexts(t: TFunction, error: unknown): string[] {
  return fieldErrors(error).map((f) => fieldErrorText(t, f));
}

/** Message for a better-auth client error (its codes are UPPER_SNAKE_CASE). */
export function authErrorMessage(t: TFunction, error: { code?: string; status?: number } | null | undefined): string {
  if (!error) return t("errors.unknown");
  if (error.code) return t(`authErrors.${error.code}`, { defaultValue: t(error.status === 429 ? "errors.rate_limited" : "errors.unknown") });
  return t(error.status === 429 ? "errors.rate_limited" : "errors.unknown");
}
