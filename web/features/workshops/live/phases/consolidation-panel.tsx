/**
 * Consolidation: each cluster or loose note attached to the workshop's journey (step × lane) as a
 * pain point, an opportunity or an emotion. The steps in the workshop's scope and the lanes come from
 * its facts pack, which every participant reads (an outside guest cannot read the journey itself).
 */
import { Alert, Badge, Button, Card, Group, Stack, Text, VisuallyHidden } from "@mantine/core";
import { IconMapPin, IconRoute } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Attachment } from "../../../../../shared/workshops/state.js";
import { factsQuery } from "../../workshop-api";
import { type RoomItem, roomItems } from "../items";
import { useAbilities, useRoom } from "../room-context";
import { AttachDialog } from "./attach-dialog";

export function ConsolidationPanel() {
  const { t } = useTranslation("workshopLive");
  const { state, workshop, send } = useRoom();
  const { isFacilitator, isProducer } = useAbilities();
  const [editing, setEditing] = useState<RoomItem | null>(null);
  const journeyId = workshop?.journeyId ?? null;
  const map = useQuery({ ...factsQuery(workshop?.organisationId ?? "", workshop?.id ?? ""), enabled: Boolean(journeyId && workshop) });
  const items = roomItems(state, t);
  const canAttach = isProducer && state.revealed && (!state.locked || isFacilitator) && map.isSuccess;

  const steps = map.data?.steps.map((step) => ({ value: step.id, label: step.title, group: step.stageTitle })) ?? [];
  const lanes = map.data?.lanes.map((lane) => ({ value: lane.stakeholderTypeId, label: lane.name })) ?? [];
  const describe = (attachment: Attachment) => {
    const step = steps.find((s) => s.value === attachment.stepId)?.label ?? t("consolidation.unknownStep");
    const lane = lanes.find((l) => l.value === attachment.stakeholderTypeId)?.label ?? t("consolidation.unknownLane");
    const kind =
      attachment.kind === "emotion"
        ? t("consolidation.emotionValue", { value: (attachment.emotion ?? 0) > 0 ? `+${attachment.emotion}` : String(attachment.emotion ?? 0) })
        : t(`consolidation.kinds.${attachment.kind}`);
    return t("consolidation.placed", { step, lane, kind });
  };
  const attachmentOf = (item: RoomItem) => (item.kind === "cluster" ? state.clusters[item.id]?.attachment : state.notes[item.id]?.attachment) ?? null;

  return (
    <Stack>
      <Alert color="indigo" variant="light" icon={<IconRoute size={18} aria-hidden />}>
        {t("consolidation.hint")}
      </Alert>
      {!journeyId && <Alert color="gray">{t("consolidation.noJourney")}</Alert>}
      {journeyId && map.isError && <Alert color="orange">{t("consolidation.journeyUnavailable")}</Alert>}
      {items.length === 0 && <Text c="dark.6">{t("consolidation.noItems")}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {items.map((item) => {
          const attachment = attachmentOf(item);
          return (
            <Card key={item.id} withBorder radius="md" p="sm" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2} style={{ minWidth: 0, flex: "1 1 14rem" }}>
                  <Group gap={6}>
                    <Badge size="xs" variant="light" color={item.kind === "cluster" ? "indigo" : "yellow"} c="dark.8" style={{ textTransform: "none" }}>
                      {item.kind === "cluster" ? t("items.cluster", { count: item.notes.length }) : t("items.note")}
                    </Badge>
                    <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                      {item.label}
                    </Text>
                  </Group>
                  <Text size="sm" c={attachment ? "teal.9" : "dark.6"}>
                    {attachment ? describe(attachment) : t("consolidation.notPlaced")}
                  </Text>
                </Stack>
                {canAttach && (
                  <Button
                    size="xs"
                    variant={attachment ? "default" : "filled"}
                    leftSection={<IconMapPin size={14} aria-hidden />}
                    onClick={() => setEditing(item)}
                  >
                    {attachment ? t("consolidation.change") : t("consolidation.attach")}
                    <VisuallyHidden>{` — ${item.label}`}</VisuallyHidden>
                  </Button>
                )}
              </Group>
            </Card>
          );
        })}
      </Stack>
      {editing && (
        <AttachDialog
          itemLabel={editing.label}
          initial={attachmentOf(editing)}
          steps={steps}
          lanes={lanes}
          onClose={() => setEditing(null)}
          onSave={(attachment) => {
            send("item.attach", { itemId: editing.id, attachment });
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
