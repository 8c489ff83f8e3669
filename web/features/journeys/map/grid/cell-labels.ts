/**
 * The translated words a lane cell shows, built once per language by the grid and passed down, so
 * the 480 cells of a large map need no i18n hook of their own.
 */
import type { TFunction } from "i18next";

export interface CellLabels {
  sep: string;
  rows: Record<"actions" | "needs" | "constraints" | "painPoints" | "opportunities" | "emotion" | "involvement", string>;
  involvement: Record<"direct" | "indirect" | "none", string>;
  emotion: (value: number) => string;
  links: (outgoing: number, incoming: number) => string;
  risk: (percent: number) => string;
}

export function cellLabels(t: TFunction<"journeyMap">): CellLabels {
  const rows = ["actions", "needs", "constraints", "painPoints", "opportunities", "emotion", "involvement"] as const;
  return {
    sep: t("labelSeparator"),
    rows: Object.fromEntries(rows.map((r) => [r, t(`rows.${r}`)])) as CellLabels["rows"],
    involvement: { direct: t("involvement.direct"), indirect: t("involvement.indirect"), none: t("involvement.none") },
    emotion: (value) => `${t(`emotionFace.${value}`)} ${t(`emotion.${value}`)}`,
    links: (outgoing, incoming) => t("cell.linksTitle", { outgoing, incoming }),
    risk: (percent) => t("domino.riskShort", { percent }),
  };
}
