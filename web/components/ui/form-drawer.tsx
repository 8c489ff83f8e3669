/** A create/edit form in a drawer on the right (full width on a phone); the form is mounted only while the drawer is open. */
import { Drawer, type DrawerProps } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface FormDrawerProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The drawer's width from a tablet up. */
  size: DrawerProps["size"];
  children: ReactNode;
}

export function FormDrawer({ opened, onClose, title, size, children }: FormDrawerProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery("(max-width: 47.99em)");
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={isPhone ? "100%" : size}
      title={title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened && children}
    </Drawer>
  );
}
