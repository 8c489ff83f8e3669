/** The drawer on the right in which the map edits a step or a cell: its h2 title, a labelled close button. */
import { Drawer, type DrawerProps, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function EditorDrawer({
  opened,
  onClose,
  size,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  size: DrawerProps["size"];
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation("journeyMap");
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={size}
      title={
        <Title order={2} size="h4">
          {title}
        </Title>
      }
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {children}
    </Drawer>
  );
}
