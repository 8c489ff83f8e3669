/** One score as a sentence: the value, its 95 % interval for NPS, n, or why it is masked. */
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import { formatPercent } from "../../lib/format";
import { formatSigned, headline, isChoice, isNps, isTopBox, isYesNo } from "./score-format";
import type { GuardedResult } from "./survey-api";

/** "+30 (IC 95 % : −18 à +78), n = 10" — or the small-group message. */
export function scoreSentence(t: (key: string, options?: Record<string, unknown>) => string, result: GuardedResult, minGroupSize: number): string {
  if (result.status === "too_few") {
    if (result.n === 0) return t("score.none");
    return t("score.tooFew", { n: formatNumber(result.n), min: formatNumber(minGroupSize) });
  }
  const value = result.value;
  const n = formatNumber(value.n);
  if (isNps(value)) return t("score.nps", { value: formatSigned(value.nps), low: formatSigned(value.low95), high: formatSigned(value.high95), n });
  if (isTopBox(value)) return t("score.satisfaction", { value: formatPercent(value.share), satisfied: formatNumber(value.satisfied), n });
  if (isYesNo(value)) return t("score.yesNo", { value: formatPercent(value.share), yes: formatNumber(value.yes), n });
  if (isChoice(value)) return t("score.answers", { count: value.n, n });
  return t("score.generic", { value: headline(value) ?? "", n });
}

/** The sentence in a Text, muted and italic when masked. */
export function ScoreText({ result, minGroupSize, size = "sm" }: { result: GuardedResult; minGroupSize: number; size?: string }) {
  const { t } = useTranslation("surveys");
  const masked = result.status === "too_few";
  return (
    <Text size={size} c={masked ? "dark.6" : undefined} fs={masked ? "italic" : undefined}>
      {scoreSentence(t, result, minGroupSize)}
    </Text>
  );
}
