/**
 * The drawer editing a step's details: title, channel, owner service, description, target delay
 * (in hours or days) and the moment-of-truth decision (automatic, yes, no).
 */
import { Group, NumberInput, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract as contract } from "../../../../shared/contracts/journeys.js";
import { channels } from "../../../../shared/journeys/document.js";
import type { MapStep } from "../../../../shared/schemas/journeys.js";
import { FormActions } from "../../../components/ui/form-actions";
import { LabelledSegmentedControl } from "../../../components/ui/labelled-segmented-control";
import { EditorDrawer } from "./editor-drawer";
import type { MapActions } from "./use-map-actions";

interface Props {
  step: MapStep | undefined;
  actions: MapActions;
  onClose: () => void;
}

type Unit = "hours" | "days";

export function StepEditor({ step, actions, onClose }: Props) {
  const { t } = useTranslation("journeyMap");
  const [title, setTitle] = useState("");
  const [channel, setChannel] = useState<MapStep["channel"]>("digital");
  const [ownerService, setOwnerService] = useState("");
  const [description, setDescription] = useState("");
  const [delay, setDelay] = useState<number | "">("");
  const [unit, setUnit] = useState<Unit>("hours");
  const [mot, setMot] = useState<MapStep["momentOfTruth"]>("auto");
  const [isSaving, setIsSaving] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when another step is opened
  useEffect(() => {
    if (!step) return;
    setTitle(step.title);
    setChannel(step.channel);
    setOwnerService(step.ownerService);
    setDescription(step.description);
    const hours = step.targetDelayHours;
    const inDays = hours !== null && hours >= 48 && hours % 24 === 0;
    setUnit(inDays ? "days" : "hours");
    setDelay(hours === null ? "" : inDays ? hours / 24 : hours);
    setMot(step.momentOfTruth);
  }, [step?.id]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!step || !title.trim()) return;
    setIsSaving(true);
    const targetDelayHours = delay === "" ? null : Math.round(Number(delay) * (unit === "days" ? 24 : 1));
    const result = await actions.send(contract.updateStep, {
      params: { stepId: step.id },
      body: { title: title.trim(), channel, ownerService: ownerService.trim(), description: description.trim(), targetDelayHours, momentOfTruth: mot },
    });
    setIsSaving(false);
    if (result) onClose();
  }

  return (
    <EditorDrawer opened={step !== undefined} onClose={onClose} size="md" title={t("step.editTitle")}>
      <form onSubmit={save}>
        <Stack gap="md">
          <TextInput label={t("step.titleField")} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} data-autofocus />
          <Select
            label={t("step.channel")}
            value={channel}
            onChange={(v) => v && setChannel(v as MapStep["channel"])}
            data={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            allowDeselect={false}
          />
          <TextInput label={t("step.ownerService")} value={ownerService} onChange={(e) => setOwnerService(e.currentTarget.value)} maxLength={200} />
          <Textarea
            label={t("step.description")}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={5000}
          />
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <NumberInput
              label={t("step.targetDelay")}
              description={t("step.targetDelayHelp")}
              value={delay}
              onChange={(v) => setDelay(v === "" ? "" : Number(v))}
              min={0}
              max={unit === "days" ? 366 : 24 * 366}
              allowDecimal={false}
              style={{ flex: 1 }}
            />
            <SegmentedControl
              aria-label={t("step.delayUnit")}
              value={unit}
              onChange={(v) => setUnit(v as Unit)}
              data={[
                { value: "hours", label: t("step.hours") },
                { value: "days", label: t("step.days") },
              ]}
            />
          </Group>
          <LabelledSegmentedControl
            label={t("mot.label")}
            value={mot}
            onChange={(v) => setMot(v as MapStep["momentOfTruth"])}
            data={(["auto", "yes", "no"] as const).map((v) => ({ value: v, label: t(`mot.flag.${v}`) }))}
          >
            <Text size="xs" c="dimmed">
              {t("mot.ruleHelp")}
            </Text>
          </LabelledSegmentedControl>
          <FormActions onCancel={onClose} submitLabel={t("common.save")} pending={isSaving} />
        </Stack>
      </form>
    </EditorDrawer>
  );
}
