/** Free-text answers with a search box and a question filter; hidden below the minimum group size. */
import { Blockquote, Button, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { call } from "../../lib/api";
import { formatDate, formatNumber } from "../../lib/format";
import { localized, type Survey, surveyKeys } from "./survey-api";

const PAGE = 20;

/** Answers have no id: a key from their content, numbered when the same text comes back. */
function withKeys<T extends { questionId: string; text: string; submittedOn: string | null }>(items: T[]): { key: string; item: T }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = `${item.questionId}|${item.submittedOn ?? ""}|${item.text}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { key: `${base}|${count}`, item };
  });
}

export function Verbatims({ orgId, survey }: { orgId: string; survey: Survey }) {
  const { t, i18n } = useTranslation("surveys");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [questionId, setQuestionId] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const textQuestions = survey.questions.filter((x) => x.kind === "text");
  const labels = new Map(survey.questions.map((x) => [x.id, localized(x.label, i18n.language)]));
  const verbatims = useQuery({
    queryKey: surveyKeys.verbatims(orgId, survey.id, q, questionId ?? ""),
    queryFn: () =>
      call(surveysContract.verbatims, { params: { orgId, surveyId: survey.id }, query: { q: q || undefined, questionId: questionId || undefined } }),
    placeholderData: (previous) => previous,
    enabled: textQuestions.length > 0,
  });

  let body = null;
  if (textQuestions.length === 0) body = <EmptyState>{t("verbatims.noTextQuestion")}</EmptyState>;
  else if (verbatims.isPending) body = <Loading />;
  else if (verbatims.isError) body = <ErrorAlert error={verbatims.error} />;
  else if (verbatims.data.status === "too_few") {
    body = (
      <EmptyState>
        {verbatims.data.n === 0 ? t("verbatims.none") : t("verbatims.tooFew", { n: formatNumber(verbatims.data.n), min: formatNumber(survey.minGroupSize) })}
      </EmptyState>
    );
  } else if (verbatims.data.items.length === 0) body = <EmptyState>{q || questionId ? t("verbatims.noMatch") : t("verbatims.empty")}</EmptyState>;
  else {
    body = (
      <Stack gap="sm">
        <Text size="sm" role="status">
          {t("verbatims.count", { count: verbatims.data.items.length, n: formatNumber(verbatims.data.items.length) })}
        </Text>
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {withKeys(verbatims.data.items.slice(0, shown)).map(({ key, item: v }) => (
            <li key={key}>
              <Blockquote color="gray" p="sm" radius="md" iconSize={0} styles={{ root: { borderInlineStartWidth: 4 } }}>
                <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{v.text}</Text>
                <Text size="xs" c="dark.6" mt={6}>
                  {[labels.get(v.questionId) ?? "", v.submittedOn ? formatDate(v.submittedOn) : "", v.cohort].filter(Boolean).join(" · ")}
                </Text>
              </Blockquote>
            </li>
          ))}
        </Stack>
        {verbatims.data.items.length > shown && (
          <div>
            <Button variant="default" onClick={() => setShown((n) => n + PAGE)}>
              {t("verbatims.more", { n: formatNumber(Math.min(PAGE, verbatims.data.items.length - shown)) })}
            </Button>
          </div>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="verbatims-title">
      <Title order={2} size="h3" id="verbatims-title">
        {t("verbatims.title")}
      </Title>
      {textQuestions.length > 0 && (
        <Group align="flex-end" gap="md">
          <TextInput
            label={t("verbatims.search")}
            type="search"
            value={search}
            maxLength={100}
            leftSection={<IconSearch size={16} aria-hidden />}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={300}
          />
          {textQuestions.length > 1 && (
            <Select
              label={t("verbatims.question")}
              placeholder={t("verbatims.allQuestions")}
              data={textQuestions.map((x) => ({ value: x.id, label: labels.get(x.id) ?? "" }))}
              value={questionId}
              onChange={setQuestionId}
              clearable
              w={360}
            />
          )}
        </Group>
      )}
      {body}
    </Stack>
  );
}
