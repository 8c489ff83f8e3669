/** Places a note or cluster on the journey: a step × stakeholder lane, as pain, opportunity or emotion. */
import { Button, Group, Modal, SegmentedControl, Select, Slider, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Attachment } from "../../../../../shared/workshops/state.js";

export type StepChoice = { value: string; label: string; group: string };
export type LaneChoice = { value: string; label: string };

type Props = {
  itemLabel: string;
  initial: Attachment | null;
  steps: StepChoice[];
  lanes: LaneChoice[];
  onClose: () => void;
  onSave: (attachment: Attachment | null) => void;
};

export function AttachDialog({ itemLabel, initial, steps, lanes, onClose, onSave }: Props) {
  const { t } = useTranslation("workshopLive");
  const [stepId, setStepId] = useState<string | null>(initial?.stepId ?? null);
  const [laneId, setLaneId] = useState<string | null>(initial?.stakeholderTypeId ?? null);
  const [kind, setKind] = useState<Attachment["kind"]>(initial?.kind ?? "pain");
  const [emotion, setEmotion] = useState(initial?.emotion ?? 0);
  const groups = [...new Set(steps.map((s) => s.group))].map((group) => ({
    group,
    items: steps.filter((s) => s.group === group).map(({ value, label }) => ({ value, label })),
  }));

  return (
    <Modal opened onClose={onClose} title={t("consolidation.dialogTitle")} closeButtonProps={{ "aria-label": t("common.close") }}>
      <Stack>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {itemLabel}
        </Text>
        <Select label={t("consolidation.step")} data={groups} value={stepId} onChange={setStepId} searchable required comboboxProps={{ withinPortal: true }} />
        <Select label={t("consolidation.lane")} data={lanes} value={laneId} onChange={setLaneId} searchable required comboboxProps={{ withinPortal: true }} />
        <div>
          <Text size="sm" fw={500} mb={4} id="attach-kind">
            {t("consolidation.kind")}
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="attach-kind"
            value={kind}
            onChange={(value) => setKind(value as Attachment["kind"])}
            data={(["pain", "opportunity", "emotion"] as const).map((k) => ({ value: k, label: t(`consolidation.kinds.${k}`) }))}
          />
        </div>
        {kind === "emotion" && (
          <div>
            <Text size="sm" fw={500} mb={4} id="attach-emotion">
              {t("consolidation.emotion", { value: emotion > 0 ? `+${emotion}` : String(emotion) })}
            </Text>
            <Slider
              min={-2}
              max={2}
              step={1}
              value={emotion}
              onChange={setEmotion}
              marks={[-2, -1, 0, 1, 2].map((value) => ({ value, label: value > 0 ? `+${value}` : String(value) }))}
              label={null}
              thumbLabel={t("consolidation.emotionLabel")}
              mb="lg"
            />
          </div>
        )}
        <Group justify="space-between">
          {initial ? (
            <Button variant="subtle" color="red" onClick={() => onSave(null)}>
              {t("consolidation.detach")}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              disabled={!stepId || !laneId}
              onClick={() => stepId && laneId && onSave({ stepId, stakeholderTypeId: laneId, kind, emotion: kind === "emotion" ? emotion : null })}
            >
              {t("consolidation.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
