/**
 * A readable diff between two versions: summary counts, then one section per kind of change
 * (steps added, removed, changed, moved; cells changed; links…), with names and values in words.
 */
import { Alert, Stack, Text } from "@mantine/core";
import { IconEqual } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { DiffCounts, DiffSummary, JourneyDiff } from "../../../../shared/journeys/diff.js";
import { cellFieldsSchema } from "../../../../shared/journeys/document.js";
import { formatNumber } from "../../../lib/format";
import { DiffItemCard, DiffSection, FieldChanges, FieldValues } from "./diff-parts";
import type { Names } from "./diff-values";
import { fieldValue } from "./diff-values";

const cellFieldNames = Object.keys(cellFieldsSchema.shape);
const pick = (item: object, fields: string[]) => Object.fromEntries(fields.map((f) => [f, (item as Record<string, unknown>)[f]]));

/** "Points de contact : 2 ajoutés, 1 déplacé" for each kind that changed. */
function SummaryLines({ summary }: { summary: DiffSummary }) {
  const { t } = useTranslation("journeys");
  const kinds = ["stakeholders", "stages", "steps", "cells", "links"] as const;
  const parts = (c: DiffCounts) =>
    (["added", "removed", "changed", "moved"] as const).filter((k) => c[k] > 0).map((k) => t(`diff.count.${k}`, { count: c[k], n: formatNumber(c[k]) }));
  return (
    <Stack gap={2} component="ul" style={{ paddingInlineStart: "1.2rem", margin: 0 }}>
      {summary.document > 0 && <Text component="li">{t("diff.kind.document", { count: summary.document })}</Text>}
      {kinds
        .filter((k) => parts(summary[k]).length > 0)
        .map((k) => (
          <Text component="li" key={k}>
            <Text span fw={600}>
              {t(`diff.kind.${k}`)}
            </Text>
            {` : ${parts(summary[k]).join(", ")}`}
          </Text>
        ))}
    </Stack>
  );
}

export function DiffView({ summary, diff, names }: { summary: DiffSummary; diff: JourneyDiff; names: Names }) {
  const { t } = useTranslation("journeys");
  if (diff.isEmpty) {
    return (
      <Alert color="gray" variant="light" icon={<IconEqual aria-hidden />} role="status">
        {t("diff.none")}
      </Alert>
    );
  }
  const position = (n: number) => formatNumber(n + 1);
  return (
    <Stack gap="lg">
      <div role="status">
        <Text fw={700} mb={4}>
          {t("diff.total", { count: summary.total, n: formatNumber(summary.total) })}
        </Text>
        <SummaryLines summary={summary} />
      </div>

      <DiffSection title={t("diff.section.document")} count={diff.document.length} tone="changed">
        <DiffItemCard label={t("diff.journeyItself")}>
          <FieldChanges fields={diff.document} names={names} />
        </DiffItemCard>
      </DiffSection>

      <DiffSection title={t("diff.section.stagesAdded")} count={diff.stages.added.length} tone="added">
        {diff.stages.added.map((s) => <DiffItemCard key={s.key} label={s.label} />)}
      </DiffSection>
      <DiffSection title={t("diff.section.stagesRemoved")} count={diff.stages.removed.length} tone="removed">
        {diff.stages.removed.map((s) => <DiffItemCard key={s.key} label={s.label} />)}
      </DiffSection>
      <DiffSection title={t("diff.section.stagesChanged")} count={diff.stages.changed.length} tone="changed">
        {diff.stages.changed.map((s) => (
          <DiffItemCard key={s.key} label={s.label}>
            <FieldChanges fields={s.fields} names={names} />
          </DiffItemCard>
        ))}
      </DiffSection>
      <DiffSection title={t("diff.section.stagesMoved")} count={diff.stages.moved.length} tone="moved">
        {diff.stages.moved.map((m) => (
          <DiffItemCard key={m.key} label={m.label} detail={t("diff.movedPosition", { before: position(m.before), after: position(m.after) })} />
        ))}
      </DiffSection>

      <DiffSection title={t("diff.section.stepsAdded")} count={diff.steps.added.length} tone="added">
        {diff.steps.added.map((s) => (
          <DiffItemCard key={s.key} label={s.label} detail={t("diff.inStage", { stage: names.stage(s.item.stageRef) })}>
            <FieldValues values={pick(s.item, ["channel", "ownerService", "description", "targetDelayHours"])} names={names} />
          </DiffItemCard>
        ))}
      </DiffSection>
      <DiffSection title={t("diff.section.stepsRemoved")} count={diff.steps.removed.length} tone="removed">
        {diff.steps.removed.map((s) => (
          <DiffItemCard key={s.key} label={s.label} detail={t("diff.inStage", { stage: names.stage(s.item.stageRef) })} />
        ))}
      </DiffSection>
      <DiffSection title={t("diff.section.stepsChanged")} count={diff.steps.changed.length} tone="changed">
        {diff.steps.changed.map((s) => (
          <DiffItemCard key={s.key} label={s.label}>
            <FieldChanges fields={s.fields} names={names} />
          </DiffItemCard>
        ))}
      </DiffSection>
      <DiffSection title={t("diff.section.stepsMoved")} count={diff.moved.length} tone="moved">
        {diff.moved.map((m) => (
          <DiffItemCard
            key={m.key}
            label={m.label}
            detail={
              m.stageBefore === m.stageAfter
                ? t("diff.movedInStage", { stage: names.stage(m.stageAfter), before: position(m.before), after: position(m.after) })
                : t("diff.movedToStage", { from: names.stage(m.stageBefore), to: names.stage(m.stageAfter), before: position(m.before), after: position(m.after) })
            }
          />
        ))}
      </DiffSection>

      <DiffSection title={t("diff.section.cellsChanged")} count={diff.cells.changed.length} tone="changed">
        {diff.cells.changed.map((c) => (
          <DiffItemCard key={c.key} label={names.cellKey(c.key)}>
            <FieldChanges fields={c.fields} names={names} />
          </DiffItemCard>
        ))}
      </DiffSection>
      <DiffSection title={t("diff.section.cellsAdded")} count={diff.cells.added.length} tone="added">
        {diff.cells.added.map((c) => (
          <DiffItemCard key={c.key} label={names.cellKey(c.key)}>
            <FieldValues values={pick(c.item, cellFieldNames)} names={names} />
          </DiffItemCard>
        ))}
      </DiffSection>
      <DiffSection title={t("diff.section.cellsRemoved")} count={diff.cells.removed.length} tone="removed">
        {diff.cells.removed.map((c) => (
          <DiffItemCard key={c.key} label={names.cellKey(c.key)}>
            <FieldValues values={pick(c.item, cellFieldNames)} names={names} />
          </DiffItemCard>
        ))}
      </DiffSection>

      <DiffSection title={t("diff.section.linksAdded")} count={diff.links.added.length} tone="added">
        {diff.links.added.map((l) => (
          <DiffItemCard
            key={l.key}
            label={`${names.cell(l.item.from)} → ${names.cell(l.item.to)}`}
            detail={`${fieldValue(t, names, "sign", l.item.sign)} · ${fieldValue(t, names, "weight", l.item.weight)}${l.item.sentence ? ` — ${l.item.sentence}` : ""}`}
          />
        ))}
      </DiffSection>
      <DiffSection title={t("diff.section.linksRemoved")} count={diff.links.removed.length} tone="removed">
        {diff.links.removed.map((l) => (
          <DiffItemCard
            key={l.key}
            label={`${names.cell(l.item.from)} → ${names.cell(l.item.to)}`}
            detail={`${fieldValue(t, names, "sign", l.item.sign)} · ${fieldValue(t, names, "weight", l.item.weight)}${l.item.sentence ? ` — ${l.item.sentence}` : ""}`}
          />
        ))}
      </DiffSection>
      <DiffSection title={t("diff.section.linksChanged")} count={diff.links.changed.length} tone="changed">
        {diff.links.changed.map((l) => (
          <DiffItemCard key={l.key} label={names.link(l.key) ?? l.label}>
            <FieldChanges fields={l.fields} names={names} />
          </DiffItemCard>
        ))}
      </DiffSection>

      <DiffSection title={t("diff.section.lanesAdded")} count={diff.stakeholders.added.length} tone="added">
        {diff.stakeholders.added.map((s) => <DiffItemCard key={s.key} label={s.label} detail={fieldValue(t, names, "category", s.item.category)} />)}
      </DiffSection>
      <DiffSection title={t("diff.section.lanesRemoved")} count={diff.stakeholders.removed.length} tone="removed">
        {diff.stakeholders.removed.map((s) => <DiffItemCard key={s.key} label={s.label} detail={fieldValue(t, names, "category", s.item.category)} />)}
      </DiffSection>
      <DiffSection title={t("diff.section.lanesChanged")} count={diff.stakeholders.changed.length} tone="changed">
        {diff.stakeholders.changed.map((s) => (
          <DiffItemCard key={s.key} label={s.label}>
            <FieldChanges fields={s.fields} names={names} />
          </DiffItemCard>
        ))}
      </DiffSection>
      <DiffSection title={t("diff.section.lanesMoved")} count={diff.stakeholders.moved.length} tone="moved">
        {diff.stakeholders.moved.map((m) => (
          <DiffItemCard key={m.key} label={m.label} detail={t("diff.movedPosition", { before: position(m.before), after: position(m.after) })} />
        ))}
      </DiffSection>
    </Stack>
  );
}
