/** A cluster on the board: a drop zone for notes, with its name (renamable), merge and delete. */
import { useDroppable } from "@dnd-kit/core";
import { ActionIcon, Badge, Card, Group, Menu, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconArrowMerge, IconDots, IconPencil, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ClusterChoice } from "./board-note";

type Props = {
  dropId: string;
  title: string;
  count: number;
  canArrange: boolean;
  children: ReactNode;
  /** Absent for the "not in a cluster" column. */
  cluster?: { id: string; name: string; others: ClusterChoice[]; onRename: (name: string) => void; onMerge: (targetId: string) => void; onDelete: () => void };
};

export function ClusterColumn({ dropId, title, count, canArrange, children, cluster }: Props) {
  const { t } = useTranslation("workshopLive");
  const { setNodeRef, isOver } = useDroppable({ id: dropId, disabled: !canArrange });
  const [draft, setDraft] = useState<string | null>(null);
  const titleId = `title-${dropId.replace(/[^a-zA-Z0-9-]/g, "")}`;

  return (
    <Card
      ref={setNodeRef}
      withBorder
      radius="md"
      p="sm"
      component="section"
      aria-labelledby={titleId}
      style={{
        borderColor: isOver ? "var(--mantine-color-indigo-5)" : undefined,
        borderWidth: isOver ? 2 : 1,
        background: cluster ? undefined : "var(--mantine-color-gray-0)",
      }}
    >
      <Group justify="space-between" wrap="nowrap" mb="xs" gap={4}>
        {draft !== null && cluster ? (
          <form
            style={{ flex: 1 }}
            onSubmit={(event) => {
              event.preventDefault();
              cluster.onRename(draft.trim());
              setDraft(null);
            }}
          >
            <TextInput
              size="xs"
              label={t("board.renameLabel")}
              value={draft}
              maxLength={120}
              onChange={(event) => setDraft(event.currentTarget.value)}
              onBlur={() => {
                cluster.onRename(draft.trim());
                setDraft(null);
              }}
              onKeyDown={(event) => event.key === "Escape" && setDraft(null)}
              data-autofocus
              autoFocus
            />
          </form>
        ) : (
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <Title order={3} size="h5" id={titleId} style={{ overflowWrap: "anywhere" }}>
              {title}
            </Title>
            <Badge size="sm" variant="light" color="gray">
              {count}
            </Badge>
          </Group>
        )}
        {cluster && canArrange && draft === null && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" aria-label={t("board.clusterMenu", { name: title })}>
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setDraft(cluster.name)}>
                {t("board.rename")}
              </Menu.Item>
              {cluster.others.length > 0 && <Menu.Label>{t("board.mergeInto")}</Menu.Label>}
              {cluster.others.map((other) => (
                <Menu.Item key={other.id} leftSection={<IconArrowMerge size={14} aria-hidden />} onClick={() => cluster.onMerge(other.id)}>
                  {other.label}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={cluster.onDelete}>
                {t("board.deleteCluster")}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0, minHeight: 48 }}>
        {children}
      </Stack>
      {count === 0 && (
        <Text size="sm" c="dark.6">
          {t("board.dropHere")}
        </Text>
      )}
    </Card>
  );
}
