/**
 * When a workshop took place, for its minutes: the day it ran (it may differ from the day planned),
 * "Tenu le 12 mars 2026, 09:30 (prévu le 10 mars 2026)"; the planned date while it has not run.
 */
import type { TFunction } from "i18next";
import { formatDate, formatDateTime } from "../../lib/format";

export function heldWhen(workshop: { scheduledAt: string | null; startedAt: string | null }, t: TFunction<"workshops">): string | null {
  const { scheduledAt, startedAt } = workshop;
  if (startedAt) {
    const date = formatDateTime(startedAt);
    if (scheduledAt && formatDate(scheduledAt) !== formatDate(startedAt)) return t("minutes.heldOnPlanned", { date, planned: formatDate(scheduledAt) });
    return t("minutes.heldOn", { date });
  }
  return scheduledAt ? t("minutes.plannedOn", { date: formatDateTime(scheduledAt) }) : null;
}
