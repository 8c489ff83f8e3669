/** The named versions of a journey, newest first: name, date, author; open one, compare it with now, or restore it. */
import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconArrowsDiff, IconEye } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/empty-state";
import { formatDateTime } from "../../../lib/format";
import type { JourneyVersion } from "./version-queries";

export function VersionList({
  versions,
  viewing,
  onView,
  onCompare,
  restore,
}: {
  versions: JourneyVersion[];
  viewing: string | null;
  onView: (id: string) => void;
  onCompare: (id: string) => void;
  /** The "restore" button of a version, for those who may edit the journey. */
  restore?: (version: JourneyVersion) => ReactNode;
}) {
  const { t } = useTranslation("journeys");
  if (versions.length === 0) return <EmptyState>{t("versions.empty")}</EmptyState>;
  return (
    <Stack component="ul" gap="xs" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {versions.map((v) => (
        <Paper key={v.id} component="li" withBorder radius="md" p="sm" bg={viewing === v.id ? "indigo.0" : undefined}>
          <Group justify="space-between" gap="sm" wrap="wrap">
            <div style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                {v.name}
              </Text>
              <Text size="sm" c="dark.6">
                <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
                {" · "}
                {v.createdBy ? t("versions.by", { name: v.createdBy }) : t("versions.byUnknown")}
              </Text>
            </div>
            <Group gap="xs">
              <Button
                size="xs"
                variant={viewing === v.id ? "filled" : "light"}
                leftSection={<IconEye size={14} aria-hidden />}
                onClick={() => onView(v.id)}
                aria-label={t("versions.viewNamed", { name: v.name })}
                aria-pressed={viewing === v.id}
              >
                {t("versions.view")}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconArrowsDiff size={14} aria-hidden />}
                onClick={() => onCompare(v.id)}
                aria-label={t("versions.compareNamed", { name: v.name })}
              >
                {t("versions.compareWithNow")}
              </Button>
              {restore?.(v)}
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
