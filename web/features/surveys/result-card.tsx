/** One question's result: the score with its scale, interval and n, the distribution for choices, and the breakdown by group. */
import { Box, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber, formatPercent } from "../../lib/format";
import { BarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { headline, isChoice, isNps, isScored } from "./score-format";
import { ScoreText, scoreSentence } from "./score-text";
import { localized, type SurveyQuestion, type SurveyResults } from "./survey-api";

type QuestionResult = SurveyResults["questions"][number];

/** Bars of a choice question: one per option, count and share of respondents. */
function Distribution({ counts, n, options, caption }: { counts: Record<string, number>; n: number; options: SurveyQuestion["options"]; caption: string }) {
  const { t, i18n } = useTranslation("surveys");
  const max = Math.max(1, ...Object.values(counts));
  return (
    <ChartFigure caption={caption} gap={8}>
      {options.map((o) => {
        const count = counts[o.id] ?? 0;
        return (
          <Box
            component="li"
            key={o.id}
            style={{ display: "grid", gridTemplateColumns: "minmax(8rem, 1fr) minmax(6rem, 2fr)", gap: "2px 12px", alignItems: "center" }}
          >
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {localized(o.label, i18n.language)}
            </Text>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="16" aria-hidden focusable="false" style={{ display: "block" }}>
              <rect x="0" y="0" width="100" height="10" fill="var(--mantine-color-gray-1)" />
              <rect x="0" y="1" width={(count / max) * 100} height="8" fill="var(--mantine-color-blue-7)" />
            </svg>
            <Text size="xs" c="dark.6" style={{ gridColumn: 2 }}>
              {t("results.optionCount", { count, n: formatNumber(count), share: formatPercent(n > 0 ? count / n : 0) })}
            </Text>
          </Box>
        );
      })}
    </ChartFigure>
  );
}

export function ResultCard({
  result,
  question,
  index,
  minGroupSize,
  by,
}: {
  result: QuestionResult;
  question: SurveyQuestion | undefined;
  index: number;
  minGroupSize: number;
  by: string;
}) {
  const { t, i18n } = useTranslation("surveys");
  const label = localized(result.label, i18n.language);
  const overall = result.overall;
  const scored = isScored(result.kind);

  return (
    <Paper component="article" withBorder radius="md" p="md" aria-labelledby={`result-${result.questionId}`}>
      <Stack gap="sm">
        <div>
          <Text size="xs" c="dark.6" tt="uppercase" fw={600}>
            {t("results.questionKind", { n: index + 1, kind: t(`questionKinds.${result.kind}`) })}
          </Text>
          <Title order={3} size="h4" id={`result-${result.questionId}`} style={{ overflowWrap: "anywhere" }}>
            {label}
          </Title>
        </div>
        {result.kind === "text" ? (
          <Text size="sm" c="dark.6">
            {t("results.textHint")}
          </Text>
        ) : (
          <>
            {overall.status === "ok" && headline(overall.value) && (
              <Text fz={32} fw={700} lh={1.1}>
                {headline(overall.value)}
              </Text>
            )}
            <ScoreText result={overall} minGroupSize={minGroupSize} />
            {scored && (
              <Text size="xs" c="dark.6">
                {t(`scales.${result.kind}`)}
              </Text>
            )}
            {overall.status === "ok" && isNps(overall.value) && (
              <Text size="sm">
                {t("results.npsSplit", {
                  promoters: formatNumber(overall.value.promoters),
                  passives: formatNumber(overall.value.passives),
                  detractors: formatNumber(overall.value.detractors),
                })}
              </Text>
            )}
            {overall.status === "ok" && isChoice(overall.value) && question && (
              <Distribution counts={overall.value.options} n={overall.value.n} options={question.options} caption={t("results.distribution")} />
            )}
            {by !== "none" && result.groups.length > 0 && scored && (
              <BarChart
                groups={result.groups}
                minGroupSize={minGroupSize}
                origin={result.kind === "nps" ? 0.5 : 0}
                caption={t("results.byCaption", { by: t(`by.${by}`) })}
              />
            )}
            {by !== "none" && result.groups.length > 0 && !scored && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t("results.byCaption", { by: t(`by.${by}`) })}
                </Text>
                {result.groups.map((g) => (
                  <Text size="sm" key={g.key}>
                    {t("results.groupLine", { label: g.label || t("dashboard.unassigned"), value: scoreSentence(t, g.result, minGroupSize) })}
                  </Text>
                ))}
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
