/**
 * The drawer that shows and edits one lane cell (a step × a stakeholder type): involvement, actions,
 * needs, constraints, emotion, pain points, opportunities, evidence. Saves only the changed fields
 * with the values seen before (`base`); a 409 opens the conflict dialog. Read-only without the right.
 */
import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CellFields, emptyCellFields } from "../../../../../shared/journeys/document.js";
import type { JourneyMap } from "../../../../../shared/schemas/journeys.js";
import { LabelledSegmentedControl } from "../../../../components/ui/labelled-segmented-control";
import { notifyError, notifySuccess } from "../../../../components/ui/notify";
import { errorMessage } from "../../../../lib/error-message";
import { journeyKeys } from "../../journey-api";
import { type CellConflict, saveCell } from "../cell-api";
import { EditorDrawer } from "../editor-drawer";
import { cellKey, type MapIndex } from "../map-model";
import { type ConflictChoice, ConflictDialog } from "./conflict-dialog";

type TextField = Exclude<keyof CellFields, "involvement" | "emotion">;
const groups: { legend: string; fields: TextField[] }[] = [
  { legend: "actions", fields: ["actions"] },
  { legend: "needs", fields: ["needsFunctional", "needsEmotional", "needsRelational"] },
  { legend: "constraints", fields: ["constraintsTechnical", "constraintsBudget", "constraintsTime"] },
  { legend: "painPoints", fields: ["painPoints"] },
  { legend: "opportunities", fields: ["opportunities"] },
  { legend: "evidence", fields: ["evidence"] },
];
const emotionValues = ["-2", "-1", "0", "1", "2", "unknown"] as const;

export interface CellTarget {
  stepId: string;
  stakeholderTypeId: string;
}

interface Props {
  orgId: string;
  journeyId: string;
  index: MapIndex;
  target: CellTarget | null;
  canEdit: boolean;
  onClose: () => void;
  onDomino: (target: CellTarget) => void;
  onAddLink: (from: CellTarget) => void;
}

function fieldsOf(index: MapIndex, target: CellTarget | null): CellFields {
  const cell = target ? index.cellByKey.get(cellKey(target.stepId, target.stakeholderTypeId)) : undefined;
  if (!cell) return emptyCellFields;
  const { id: _id, stepId: _s, stakeholderTypeId: _l, updatedAt: _u, ...fields } = cell;
  return fields;
}

export function CellEditor({ orgId, journeyId, index, target, canEdit, onClose, onDomino, onAddLink }: Props) {
  const { t } = useTranslation("journeyMap");
  const { t: tApp } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<CellFields>(emptyCellFields);
  const [base, setBase] = useState<CellFields>(emptyCellFields);
  const [theirs, setTheirs] = useState<Partial<CellFields>>({});
  const [conflicts, setConflicts] = useState<CellConflict[] | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const targetKey = target ? cellKey(target.stepId, target.stakeholderTypeId) : "";

  // Load the cell's values when the drawer opens on a cell (not on every refetch: keep the draft).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the edited cell changes
  useEffect(() => {
    const fields = fieldsOf(index, target);
    setDraft(fields);
    setBase(fields);
    setTheirs({});
    setConflicts(null);
  }, [targetKey]);

  const set = <K extends keyof CellFields>(field: K, value: CellFields[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const changedFields = (Object.keys(draft) as (keyof CellFields)[]).filter((f) => draft[f] !== base[f]);

  async function submit(values: CellFields, seen: CellFields) {
    if (!target) return;
    const fields = (Object.keys(values) as (keyof CellFields)[]).filter((f) => values[f] !== seen[f]);
    if (fields.length === 0) return onClose();
    const changes: Partial<CellFields> = {};
    const sentBase: Partial<CellFields> = {};
    for (const f of fields) {
      Object.assign(changes, { [f]: values[f] });
      Object.assign(sentBase, { [f]: seen[f] });
    }
    setIsSaving(true);
    try {
      const result = await saveCell({ orgId, journeyId }, { ...target, changes, base: sentBase });
      if (result.kind === "conflict") {
        setConflicts(result.conflicts);
        return;
      }
      const key = journeyKeys.map(orgId, journeyId);
      queryClient.setQueryData<JourneyMap>(key, (map) => {
        if (!map) return map;
        const exists = map.cells.some((c) => c.id === result.cell.id);
        const cells = exists ? map.cells.map((c) => (c.id === result.cell.id ? result.cell : c)) : [...map.cells, result.cell];
        return { ...map, cells, journey: { ...map.journey, revision: result.revision } };
      });
      // Moments of truth depend on the cells: fetch the recomputed map.
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
      notifySuccess(t("cell.saved"));
      onClose();
    } catch (error) {
      notifyError(errorMessage(tApp, error));
    } finally {
      setIsSaving(false);
    }
  }

  function choose(choice: ConflictChoice) {
    const list = conflicts ?? [];
    setConflicts(null);
    const nextBase = { ...base };
    const nextDraft = { ...draft };
    const seen: Partial<CellFields> = {};
    for (const c of list) {
      Object.assign(nextBase, { [c.field]: c.theirs });
      Object.assign(seen, { [c.field]: c.theirs });
      if (choice === "theirs") Object.assign(nextDraft, { [c.field]: c.theirs });
    }
    setBase(nextBase);
    setDraft(nextDraft);
    if (choice === "edit") setTheirs(seen);
    else void submit(nextDraft, nextBase);
  }

  const step = target ? index.stepById.get(target.stepId) : undefined;
  const lane = target ? index.laneById.get(target.stakeholderTypeId) : undefined;
  const hint = (field: keyof CellFields) =>
    field in theirs ? (
      <Text size="xs" c="orange.9" style={{ whiteSpace: "pre-wrap" }}>
        {t("conflict.theirsHint", { value: String(theirs[field] ?? "") })}
      </Text>
    ) : null;

  return (
    <>
      <EditorDrawer
        opened={target !== null}
        onClose={onClose}
        size="lg"
        title={step && lane ? t("cell.title", { step: step.title, stakeholder: lane.name }) : ""}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit(draft, base);
          }}
        >
          <Stack gap="md">
            <LabelledSegmentedControl
              label={t("fields.involvement")}
              disabled={!canEdit}
              value={draft.involvement}
              onChange={(v) => set("involvement", v as CellFields["involvement"])}
              data={(["direct", "indirect", "none"] as const).map((v) => ({ value: v, label: t(`involvement.${v}`) }))}
            >
              {hint("involvement")}
            </LabelledSegmentedControl>
            <LabelledSegmentedControl
              label={t("fields.emotion")}
              disabled={!canEdit}
              fullWidth
              orientation="horizontal"
              size="xs"
              value={draft.emotion === null ? "unknown" : String(draft.emotion)}
              onChange={(v) => set("emotion", v === "unknown" ? null : Number(v))}
              data={emotionValues.map((v) => ({ value: v, label: t(`emotion.${v === "unknown" ? "null" : v}`) }))}
            >
              {hint("emotion")}
            </LabelledSegmentedControl>
            {groups.map((group) => {
              const area = (field: TextField, label: ReactNode) => (
                <div key={field}>
                  <Textarea
                    label={label}
                    readOnly={!canEdit}
                    autosize
                    minRows={2}
                    maxRows={8}
                    maxLength={5000}
                    value={draft[field]}
                    onChange={(event) => set(field, event.currentTarget.value)}
                  />
                  {hint(field)}
                </div>
              );
              const [only] = group.fields;
              if (group.fields.length === 1 && only)
                return area(
                  only,
                  <Text span fw={700} size="sm">
                    {t(`fields.${only}`)}
                  </Text>,
                );
              return (
                <fieldset key={group.legend} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
                  <Text component="legend" fw={700} size="sm" mb={4} p={0}>
                    {t(`groups.${group.legend}`)}
                  </Text>
                  <Stack gap="xs">{group.fields.map((field) => area(field, t(`fields.${field}`)))}</Stack>
                </fieldset>
              );
            })}
            <Group justify="space-between" wrap="wrap">
              <Group gap="xs">
                <Button variant="outline" color="orange.9" onClick={() => target && onDomino(target)}>
                  {t("domino.fromCell")}
                </Button>
                {canEdit && (
                  <Button variant="subtle" onClick={() => target && onAddLink(target)}>
                    {t("links.addFromCell")}
                  </Button>
                )}
              </Group>
              {canEdit && (
                <Group gap="xs">
                  <Button variant="default" onClick={onClose}>
                    {t("common.cancel")}
                  </Button>
                  <Button type="submit" loading={isSaving} disabled={changedFields.length === 0}>
                    {t("common.save")}
                  </Button>
                </Group>
              )}
            </Group>
          </Stack>
        </form>
      </EditorDrawer>
      <ConflictDialog conflicts={conflicts} onChoose={choose} />
    </>
  );
}
