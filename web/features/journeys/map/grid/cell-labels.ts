/**
 * The translated words a lane cell shows, built once per language by the grid and passed down, so
 * the 480 cells of a large map need no i18n hook of their own (repeated labels are cached).
 */
import type { TFunction } from "i18next";
import { cached } from "../../../../lib/cached";

export interface CellLabels {
  sep: string;
  rows: Record<"actions" | "needs" | "constraints" | "painPoints" | "opportunities" | "emotion" | "involvement", string>;
  involvement: Record<"direct" | "indirect" | "none", string>;
  emotion: (value: number) => string;
  links: (outgoing: number, incoming: number) => string;
  risk: (percent: number) => string;
}

/** The labels, the per-value ones cached (i18next's translate is costly enough to matter × 480). */
export function cellLabels(t: TFunction<"journeyMap">): CellLabels {
  const rows = ["actions", "needs", "constraints", "painPoints", "opportunities", "emotion", "involvement"] as const;
  const emotion = cached((value: number) => `${t(`emotionFace.${value}`)} ${t(`emotion.${value}`)}`);
  const links = cached((pair: string) => {
    const [outgoing, incoming] = pair.split(":").map(Number);
    return t("cell.linksTitle", { outgoing, incoming });
  });
  return {
    sep: t("labelSeparator"),
    rows: Object.fromEntries(rows.map((r) => [r, t(`rows.${r}`)])) as CellLabels["rows"],
    involvement: { direct: t("involvement.direct"), indirect: t("involvement.indirect"), none: t("involvement.none") },
    emotion,
    links: (outgoing, incoming) => links(`${outgoing}:${incoming}`),
    risk: (percent) => t("domino.riskShort", { percent }),
  };
}
