/**
 * The translated words of the step headers, built once per language by the grid and passed down,
 * so the 40 headers of a large map need no i18n hook of their own (repeated labels are cached).
 */
import type { TFunction } from "i18next";
import { cached } from "../../../../lib/cached";
import { formatDelay } from "../map-model";

export interface StepLabels {
  channel: (channel: string) => string;
  ownerService: string;
  targetDelay: string;
  motLabel: string;
  motManual: string;
  reason: (reason: string) => string;
  delay: (hours: number | null) => string;
  drag: (title: string) => string;
  menu: (title: string) => string;
  edit: string;
  moveLeft: string;
  moveRight: string;
  remove: string;
}

/** A label with a {{title}}, interpolated once: i18next's interpolation is costly × 80 headers. */
function withTitle(t: TFunction<"journeyMap">, key: "step.drag" | "step.menu"): (title: string) => string {
  const marker = "\u0000";
  const template = t(key, { title: marker, interpolation: { escapeValue: false } });
  const at = template.indexOf(marker);
  if (at < 0) return (title) => t(key, { title });
  const before = template.slice(0, at);
  const after = template.slice(at + marker.length);
  return (title) => before + title + after;
}

export function stepLabels(t: TFunction<"journeyMap">): StepLabels {
  return {
    channel: cached((channel: string) => t(`channel.${channel}`)),
    ownerService: t("step.ownerService"),
    targetDelay: t("step.targetDelay"),
    motLabel: t("mot.label"),
    motManual: t("mot.manual"),
    reason: cached((reason: string) => t(`mot.reason.${reason}`, { defaultValue: reason })),
    delay: cached((hours: number | null) => formatDelay(hours, t)),
    drag: withTitle(t, "step.drag"),
    menu: withTitle(t, "step.menu"),
    edit: t("step.edit"),
    moveLeft: t("common.moveLeft"),
    moveRight: t("common.moveRight"),
    remove: t("step.delete"),
  };
}
