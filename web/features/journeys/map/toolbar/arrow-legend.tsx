/**
 * What the map's marks mean: the arrows (red solid worsens, green dashed protects, thickness = weight)
 * and the format of the measured score in the cells ("4,2/5 · n=6": mean satisfaction of the survey answers,
 * n people).
 */
import { useTranslation } from "react-i18next";
import { linkStyle, linkWidth } from "../link-geometry";
import { useJourneyMeasures } from "../measures";

function Swatch({ sign, weight = 2 }: { sign: -1 | 1; weight?: number }) {
  const style = linkStyle(sign);
  return (
    <svg width="30" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="22" y2="5" stroke={style.colour} strokeWidth={linkWidth(weight)} strokeDasharray={style.dash || undefined} />
      <path d="M21,0.5 L29,5 L21,9.5 z" fill={style.colour} />
    </svg>
  );
}

export function ArrowLegend() {
  const { t } = useTranslation("journeyMap");
  return (
    <ul className="jm-arrow-legend" aria-label={t("arrows.legend")}>
      <li>
        <Swatch sign={1} />
        {t("arrows.legendWorsens")}
      </li>
      <li>
        <Swatch sign={-1} />
        {t("arrows.legendProtects")}
      </li>
      <li>
        <svg width="30" height="12" aria-hidden="true">
          {[1, 2, 3].map((w, i) => (
            <line key={w} x1={i * 10 + 1} y1="6" x2={i * 10 + 8} y2="6" stroke="#495057" strokeWidth={linkWidth(w)} />
          ))}
        </svg>
        {t("arrows.legendWeight")}
      </li>
    </ul>
  );
}

/**
 * The measured score's format explained, beside the toolbar, when the surveys measured something on
 * this journey: an outlined, dashed example with words in place of figures ("moyenne/5 · n =
 * personnes"), so that it cannot be taken for a live score.
 */
export function MeasureLegend({ orgId, journeyId }: { orgId: string; journeyId: string }) {
  const { t } = useTranslation("journeyMap");
  const measures = useJourneyMeasures(orgId, journeyId).data;
  if (!measures) return null;
  return (
    <p className="jm-arrow-legend">
      <span className="jm-measure-example">
        <span className="jm-measure-example-label">{t("measures.legendExample")}</span> <span className="jm-measure-pattern">{t("measures.legendSample")}</span>
      </span>
      {t("measures.legend", { min: measures.minGroupSize })}
    </p>
  );
}
