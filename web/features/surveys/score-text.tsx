/** One score as a sentence: the value, its 95 % interval for NPS, n, or why it is masked. */
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber, formatPercent } from "../../lib/format";
import { formatSigned, headline, isChoice, isNps, isTopBox, isYesNo } from "./score-format";
import type { GuardedResult } from "./survey-api";

/**
 * "+30 (IC 95 % : −18 à +78), n = 10 personnes" — or the small-group message. n counts people; when
 * several questions of one kind are pooled (two satisfaction questions), the answers are said too.
 */
export function scoreSentence(t: (key: string, options?: Record<string, unknown>) => string, result: GuardedResult, minGroupSize: number): string {
  if (result.status === "too_few") {
    if (result.n === 0) return t("score.none");
    return t("score.tooFew", { count: result.n, n: formatNumber(result.n), min: formatNumber(minGroupSize) });
  }
  const value = result.value;
  const answers = formatNumber(value.n);
  const who =
    result.people === value.n
      ? t("score.people", { count: result.people, n: formatNumber(result.people) })
      : t("score.pooled", { count: result.people, n: formatNumber(result.people), answers });
  if (isNps(value)) return t("score.nps", { value: formatSigned(value.nps), low: formatSigned(value.low95), high: formatSigned(value.high95), who });
  if (isTopBox(value)) return t("score.satisfaction", { value: formatPercent(value.share), satisfied: formatNumber(value.satisfied), answers, who });
  if (isYesNo(value)) return t("score.yesNo", { value: formatPercent(value.share), yes: formatNumber(value.yes), answers, who });
  if (isChoice(value)) return t("score.answers", { count: result.people, n: formatNumber(result.people) });
  return t("score.generic", { value: headline(value) ?? "", who });
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
