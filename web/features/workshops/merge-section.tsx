/**
 * Merge review: what the consolidation attached to the journey (pains, opportunities, emotions on
 * a step × stakeholder lane). The manager ticks what to keep; the map gets it with a trace.
 */
import { Alert, Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text } from "@mantine/core";
import { IconCheck, IconGitMerge } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Workshop } from "../../../shared/schemas/workshops.js";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { formatDateTime } from "../../lib/format";
import { EmotionText } from "./facts-section";
import { mergeQuery, workshopKeys, workshopParams, workshopsContract } from "./workshop-api";

export function MergeSection({ orgId, workshop }: { orgId: string; workshop: Workshop }) {
  const { t } = useTranslation("workshops");
  const queryClient = useQueryClient();
  const candidates = useQuery({ ...mergeQuery(orgId, workshop.id), enabled: workshop.canManage });
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const merge = useMutation({
    mutationFn: (itemIds: string[]) => call(workshopsContract.merge, { params: workshopParams(orgId, workshop.id), body: { itemIds } }),
    onSuccess: (result) => {
      notifySuccess(t("merge.done", { count: result.merged }));
      setPicked(null);
      void queryClient.invalidateQueries({ queryKey: workshopKeys.one(orgId, workshop.id) });
    },
  });
  if (!workshop.canManage) return <EmptyState>{t("merge.managersOnly")}</EmptyState>;
  if (!workshop.journeyId) return <EmptyState>{t("merge.noJourney")}</EmptyState>;
  if (candidates.isPending) return <Loading />;
  if (candidates.isError) return <ErrorAlert error={candidates.error} />;
  const items = candidates.data.items;
  const mergeable = items.filter((item) => !item.isMerged && !item.problem);
  const selected = picked ?? new Set(mergeable.map((item) => item.itemId));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };
  return (
    <Stack gap="md">
      <Text c="dark.6">{t("merge.intro")}</Text>
      {workshop.status !== "closed" && <Alert color="indigo">{t("merge.notClosed")}</Alert>}
      {candidates.data.mergedAt && (
        <Alert color="teal" icon={<IconCheck aria-hidden />}>
          {t("merge.lastMerged", { date: formatDateTime(candidates.data.mergedAt) })}{" "}
          <Anchor renderRoot={(props) => <Link to="/journeys/$journeyId" params={{ journeyId: workshop.journeyId as string }} {...props} />}>
            {t("merge.openJourney")}
          </Anchor>
        </Alert>
      )}
      {items.length === 0 && <EmptyState>{t("merge.empty")}</EmptyState>}
      {items.map((item) => (
        <Paper key={item.itemId} withBorder p="sm" radius="md">
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <Checkbox
              mt={4}
              checked={item.isMerged || selected.has(item.itemId)}
              disabled={item.isMerged || !!item.problem || workshop.status !== "closed"}
              onChange={() => toggle(item.itemId)}
              aria-label={t("merge.pick", { text: item.text || t(`merge.kinds.${item.attachment.kind}`) })}
            />
            <Stack gap={4} flex={1}>
              <Group gap={6}>
                <Badge color={item.attachment.kind === "pain" ? "red" : item.attachment.kind === "opportunity" ? "teal" : "grape"} variant="light" c="dark.8">
                  {t(`merge.kinds.${item.attachment.kind}`)}
                </Badge>
                <Badge variant="outline" color="gray">
                  {t(`merge.itemTypes.${item.itemType}`)}
                </Badge>
                {item.isMerged && <Badge color="teal.9">{t("merge.merged")}</Badge>}
              </Group>
              {item.text && <Text size="sm">{item.text}</Text>}
              {item.attachment.kind === "emotion" && <EmotionText value={item.attachment.emotion} />}
              <Text size="xs" c="dark.5">
                {t("merge.where", { step: item.attachment.stepTitle ?? "?", stakeholder: item.attachment.stakeholderTypeName ?? "?" })}
              </Text>
              {item.problem && (
                <Text size="xs" c="red.8">
                  {t(`merge.problems.${item.problem}`)}
                </Text>
              )}
            </Stack>
          </Group>
        </Paper>
      ))}
      <ErrorAlert error={merge.error} />
      {mergeable.length > 0 && workshop.status === "closed" && (
        <Group>
          <Button
            leftSection={<IconGitMerge size={16} aria-hidden />}
            disabled={selected.size === 0}
            loading={merge.isPending}
            onClick={() => merge.mutate([...selected])}
          >
            {t("merge.submit", { count: selected.size })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
