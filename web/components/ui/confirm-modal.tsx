/** The one confirmation dialog for a destructive or irreversible action: a message, Cancel, and the action's button. */
import { Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../lib/error-message";
import { FormActions } from "./form-actions";

export interface ConfirmModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What will happen, in the user's words. */
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  /** The action is running: the confirm button spins. */
  loading?: boolean;
  /** The action failed: its translated message is shown as an alert. */
  error?: unknown;
  /** The confirm button's colour; red unless the action is not destructive. */
  color?: string;
}

export function ConfirmModal({ opened, onClose, title, message, confirmLabel, onConfirm, loading, error, color = "red.8" }: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered closeButtonProps={{ "aria-label": t("common.close") }}>
      <Stack>
        <Text style={{ overflowWrap: "anywhere" }}>{message}</Text>
        {error != null && (
          <Text c="red.8" role="alert">
            {errorMessage(t, error)}
          </Text>
        )}
        <FormActions onCancel={onClose} onSubmit={onConfirm} submitLabel={confirmLabel} pending={loading} color={color} />
      </Stack>
    </Modal>
  );
}
