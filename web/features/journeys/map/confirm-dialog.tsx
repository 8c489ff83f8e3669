/** The journey map's confirmation for destructive actions (delete a stage, a step, a link): the shared ConfirmModal, fed a request. */
import { ConfirmModal } from "../../../components/ui/confirm-modal";

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
}

export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | null; onClose: () => void }) {
  return (
    <ConfirmModal
      opened={request !== null}
      onClose={onClose}
      title={request?.title ?? ""}
      message={request?.message ?? ""}
      confirmLabel={request?.confirmLabel ?? ""}
      onConfirm={() => {
        request?.onConfirm();
        onClose();
      }}
    />
  );
}
