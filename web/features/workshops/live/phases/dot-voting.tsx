/**
 * Dot voting (vote par gommettes): my remaining dots, +/− per item, the room's progress; results
 * as bars once the facilitator closes the vote. Others' votes are anonymous: only the count moves.
 */
import { ActionIcon, Alert, Button, Card, Group, NumberInput, Progress, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconMinus, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../lib/format";
import { roomItems } from "../items";
import { useAbilities, useRoom } from "../room-context";

function VoteSetup() {
  const { t } = useTranslation("workshopLive");
  const { send } = useRoom();
  const [budget, setBudget] = useState<number>(5);
  const [maxPerItem, setMaxPerItem] = useState<number>(2);
  return (
    <Card withBorder radius="md" p="sm">
      <Group align="flex-end" gap="sm">
        <NumberInput label={t("vote.budget")} min={1} max={20} value={budget} onChange={(v) => setBudget(Number(v) || 1)} w={140} />
        <NumberInput label={t("vote.maxPerItem")} min={1} max={20} value={maxPerItem} onChange={(v) => setMaxPerItem(Number(v) || 1)} w={140} />
        <Button onClick={() => send("vote.open", { budget, maxPerItem: Math.min(maxPerItem, budget) })}>{t("vote.open")}</Button>
      </Group>
    </Card>
  );
}

export function DotVoting() {
  const { t } = useTranslation("workshopLive");
  const { state, send } = useRoom();
  const { isFacilitator, isProducer, myId } = useAbilities();
  const vote = state.vote;
  const items = roomItems(state, t);
  const ballot = vote.ballots[myId] ?? {};
  const spent = Object.values(ballot).reduce((sum, dots) => sum + dots, 0);
  const left = vote.budget - spent;

  if (vote.status === "closed" && vote.results) {
    const results = items.map((item) => ({ ...item, dots: vote.results?.[item.id] ?? 0 })).sort((a, b) => b.dots - a.dots);
    const max = Math.max(1, ...results.map((r) => r.dots));
    return (
      <Stack>
        <Title order={2} size="h4">
          {t("vote.results", { count: vote.dotsCast })}
        </Title>
        <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {results.map((item) => (
            <li key={item.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {item.label}
                </Text>
                <Text size="sm" fw={700}>
                  {t("vote.dots", { count: item.dots, formatted: formatNumber(item.dots) })}
                </Text>
              </Group>
              <Progress value={(item.dots / max) * 100} color="indigo" size="lg" aria-hidden />
            </li>
          ))}
        </Stack>
        {isFacilitator && (
          <Group>
            <VoteSetup />
          </Group>
        )}
      </Stack>
    );
  }

  if (vote.status !== "open")
    return (
      <Stack>
        <Text c="dark.6">{t("vote.notOpen")}</Text>
        {isFacilitator && <VoteSetup />}
      </Stack>
    );

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <div>
          {isProducer && (
            <Text fw={700} size="lg" role="status">
              {t("vote.left", { count: left, budget: vote.budget })}
            </Text>
          )}
          <Text size="sm" c="dark.6">
            {t("vote.rules", { max: vote.maxPerItem })} · {t("vote.progress", { count: vote.dotsCast, formatted: formatNumber(vote.dotsCast) })}
          </Text>
        </div>
        {isFacilitator && (
          <Button color="indigo" variant="light" onClick={() => send("vote.close")}>
            {t("vote.close")}
          </Button>
        )}
      </Group>
      {left === 0 && isProducer && <Alert color="teal">{t("vote.allUsed")}</Alert>}
      <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {items.map((item) => {
          const mine = ballot[item.id] ?? 0;
          return (
            <Card key={item.id} withBorder radius="md" p="xs" component="li">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {item.label}
                </Text>
                {isProducer && (
                  <Group gap={6} wrap="nowrap">
                    <ActionIcon
                      variant="default"
                      size="lg"
                      disabled={mine === 0}
                      aria-label={t("vote.remove", { item: item.label })}
                      onClick={() => send("vote.cast", { itemId: item.id, delta: -1 })}
                    >
                      <IconMinus size={16} aria-hidden />
                    </ActionIcon>
                    <Text fw={700} w={56} ta="center" c="indigo.8">
                      <span aria-hidden>{"●".repeat(mine) || "0"}</span>
                      <VisuallyHidden>{t("vote.mine", { count: mine })}</VisuallyHidden>
                    </Text>
                    <ActionIcon
                      variant="filled"
                      size="lg"
                      disabled={left <= 0 || mine >= vote.maxPerItem}
                      aria-label={t("vote.add", { item: item.label })}
                      onClick={() => send("vote.cast", { itemId: item.id, delta: 1 })}
                    >
                      <IconPlus size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
