/**
 * The form adding or changing an impact link: source and target cells (step + stakeholder type,
 * only when adding), sign (worsens / protects), weight 1–3 and the sentence that explains it.
 */
import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MapLink } from "../../../../../shared/schemas/journeys.js";
import { LabelledSegmentedControl } from "../../../../components/ui/labelled-segmented-control";
import type { MapIndex } from "../map-model";

export interface LinkValues {
  from: { stepId: string; stakeholderTypeId: string };
  to: { stepId: string; stakeholderTypeId: string };
  sign: 1 | -1;
  weight: 1 | 2 | 3;
  sentence: string;
}

interface Props {
  index: MapIndex;
  link?: MapLink;
  initialFrom?: { stepId: string; stakeholderTypeId: string };
  onSubmit: (values: LinkValues) => Promise<boolean>;
  onCancel: () => void;
}

export function LinkForm({ index, link, initialFrom, onSubmit, onCancel }: Props) {
  const { t } = useTranslation("journeyMap");
  const fromCell = link ? index.cellById.get(link.fromCellId) : undefined;
  const toCell = link ? index.cellById.get(link.toCellId) : undefined;
  const [fromStep, setFromStep] = useState<string | null>(fromCell?.stepId ?? initialFrom?.stepId ?? null);
  const [fromLane, setFromLane] = useState<string | null>(fromCell?.stakeholderTypeId ?? initialFrom?.stakeholderTypeId ?? null);
  const [toStep, setToStep] = useState<string | null>(toCell?.stepId ?? null);
  const [toLane, setToLane] = useState<string | null>(toCell?.stakeholderTypeId ?? null);
  const [sign, setSign] = useState<"1" | "-1">(link?.sign === -1 ? "-1" : "1");
  const [weight, setWeight] = useState<string>(String(link?.weight ?? 2));
  const [sentence, setSentence] = useState(link?.sentence ?? "");
  const [isBusy, setIsBusy] = useState(false);
  const steps = index.steps.map((s) => ({ value: s.id, label: s.title }));
  const lanes = [...index.laneById.values()].map((l) => ({ value: l.stakeholderTypeId, label: l.name }));
  const isEdit = link !== undefined;
  const isComplete = isEdit || (fromStep && fromLane && toStep && toLane);
  const isSelf = !isEdit && fromStep === toStep && fromLane === toLane && fromStep !== null;

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (!isComplete || isSelf) return;
        setIsBusy(true);
        const ok = await onSubmit({
          from: { stepId: fromStep ?? "", stakeholderTypeId: fromLane ?? "" },
          to: { stepId: toStep ?? "", stakeholderTypeId: toLane ?? "" },
          sign: sign === "-1" ? -1 : 1,
          weight: Number(weight) as 1 | 2 | 3,
          sentence: sentence.trim(),
        });
        setIsBusy(false);
        if (ok) onCancel();
      }}
    >
      <Stack gap="sm">
        {!isEdit && (
          <>
            <Text fw={700} size="sm">
              {t("links.from")}
            </Text>
            <SimpleGrid cols={2} spacing="xs">
              <Select label={t("links.step")} data={steps} value={fromStep} onChange={setFromStep} searchable required />
              <Select label={t("links.stakeholder")} data={lanes} value={fromLane} onChange={setFromLane} required />
            </SimpleGrid>
            <Text fw={700} size="sm">
              {t("links.to")}
            </Text>
            <SimpleGrid cols={2} spacing="xs">
              <Select label={t("links.step")} data={steps} value={toStep} onChange={setToStep} searchable required />
              <Select label={t("links.stakeholder")} data={lanes} value={toLane} onChange={setToLane} required />
            </SimpleGrid>
            {isSelf && (
              <Text size="sm" c="red.8" role="alert">
                {t("links.selfLink")}
              </Text>
            )}
          </>
        )}
        <LabelledSegmentedControl
          label={t("links.sign")}
          value={sign}
          onChange={(v) => setSign(v as "1" | "-1")}
          data={[
            { value: "1", label: t("links.worsens") },
            { value: "-1", label: t("links.protects") },
          ]}
        />
        <LabelledSegmentedControl
          label={t("links.weight")}
          value={weight}
          onChange={setWeight}
          data={["1", "2", "3"].map((w) => ({ value: w, label: t(`links.weightValue.${w}`) }))}
        />
        <Textarea
          label={t("links.sentence")}
          placeholder={t("links.sentencePlaceholder")}
          value={sentence}
          onChange={(e) => setSentence(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={500}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="xs" loading={isBusy} disabled={!isComplete || isSelf}>
            {isEdit ? t("common.save") : t("links.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
