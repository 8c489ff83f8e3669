/** Confirmation and error notifications after an action. */
import { notifications } from "@mantine/notifications";
import i18n from "i18next";

/** The close button needs a name for screen readers (Mantine's has none by default). */
function closeButtonProps() {
  return { "aria-label": i18n.t("common.closeNotification") };
}

export function notifySuccess(message: string): void {
  notifications.show({ color: "teal", message, withBorder: true, closeButtonProps: closeButtonProps() });
}

export function notifyError(message: string): void {
  notifications.show({ color: "red", message, withBorder: true, closeButtonProps: closeButtonProps() });
}
