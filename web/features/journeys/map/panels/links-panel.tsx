/**
 * The impact links panel: every link read as a sentence ("From [step · stakeholder] to […]"),
 * with its sign and weight; add, change, delete (editors) and start a domino analysis from a source.
 */
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract as contract } from "../../../../../shared/contracts/journeys.js";
import type { MapLink } from "../../../../../shared/schemas/journeys.js";
import type { ConfirmRequest } from "../confirm-dialog";
import { cellLabel, type MapIndex } from "../map-model";
import type { MapActions } from "../use-map-actions";
import { LinkForm } from "./link-form";
import { SidePanel } from "./side-panel";

interface Props {
  index: MapIndex;
  links: MapLink[];
  canEdit: boolean;
  actions: MapActions;
  /** When set, the add form opens with this source cell. */
  newFrom: { stepId: string; stakeholderTypeId: string } | null;
  onConfirm: (request: ConfirmRequest) => void;
  onDomino: (start: { stepId: string; stakeholderTypeId: string }) => void;
  onClose: () => void;
}

export function LinksPanel({ index, links, canEdit, actions, newFrom, onConfirm, onDomino, onClose }: Props) {
  const { t } = useTranslation("journeyMap");
  const [editing, setEditing] = useState<string | "new" | null>(newFrom ? "new" : null);
  const label = (cellId: string) => {
    const cell = index.cellById.get(cellId);
    return cell ? cellLabel(index, cell.stepId, cell.stakeholderTypeId) : "?";
  };

  return (
    <SidePanel id="links-panel-title" title={t("links.panelTitle")} help={t("links.help")} onClose={onClose}>
      {canEdit && editing !== "new" && (
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing("new")} mb="sm">
          {t("links.addTitle")}
        </Button>
      )}
      {editing === "new" && (
        <Paper withBorder p="sm" mb="sm">
          <Title order={3} size="h5" mb="xs">
            {t("links.addTitle")}
          </Title>
          <LinkForm
            index={index}
            initialFrom={newFrom ?? undefined}
            onCancel={() => setEditing(null)}
            onSubmit={async (v) => (await actions.send(contract.addLink, { body: v })) !== null}
          />
        </Paper>
      )}
      {links.length === 0 && <Text size="sm">{t("links.none")}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {links.map((link) => (
          <Paper component="li" key={link.id} withBorder p="xs">
            {editing === link.id ? (
              <LinkForm
                index={index}
                link={link}
                onCancel={() => setEditing(null)}
                onSubmit={async (v) =>
                  (await actions.send(contract.updateLink, { params: { linkId: link.id }, body: { sign: v.sign, weight: v.weight, sentence: v.sentence } })) !==
                  null
                }
              />
            ) : (
              <>
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {t("links.sentenceFromTo", { from: label(link.fromCellId), to: label(link.toCellId) })}
                </Text>
                {link.sentence && (
                  <Text size="sm" fs="italic" style={{ overflowWrap: "anywhere" }}>
                    {link.sentence}
                  </Text>
                )}
                <Group justify="space-between" mt={4} gap="xs">
                  <Group gap={4}>
                    <Badge color={link.sign === 1 ? "red.9" : "teal.9"} variant="outline">
                      {link.sign === 1 ? t("links.worsens") : t("links.protects")}
                    </Badge>
                    <Badge color="gray.8" variant="outline">
                      {t("links.weightBadge", { weight: link.weight })}
                    </Badge>
                  </Group>
                  <Group gap={2}>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => {
                        const cell = index.cellById.get(link.fromCellId);
                        if (cell) onDomino({ stepId: cell.stepId, stakeholderTypeId: cell.stakeholderTypeId });
                      }}
                    >
                      {t("domino.short")}
                    </Button>
                    {canEdit && (
                      <>
                        <ActionIcon variant="subtle" color="dark" onClick={() => setEditing(link.id)} aria-label={t("links.edit")}>
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red.8"
                          aria-label={t("links.delete")}
                          onClick={() =>
                            onConfirm({
                              title: t("links.deleteTitle"),
                              message: t("links.deleteMessage", { from: label(link.fromCellId), to: label(link.toCellId) }),
                              confirmLabel: t("links.delete"),
                              onConfirm: () => void actions.send(contract.removeLink, { params: { linkId: link.id } }),
                            })
                          }
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </>
                    )}
                  </Group>
                </Group>
              </>
            )}
          </Paper>
        ))}
      </Stack>
    </SidePanel>
  );
}
