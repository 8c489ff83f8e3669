/**
 * An action that asks first (delete this, remove that): the item waiting for confirmation, the mutation that
 * runs once it is confirmed, and the props of its ConfirmModal (open while an item waits; spinning, then the
 * error, while the action runs). `onDone` runs after success, once the modal is closed.
 */
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { ConfirmModalProps } from "./confirm-modal";

export function useConfirmedAction<T>(run: (item: T) => Promise<unknown>, onDone: (item: T) => Promise<void> | void) {
  const [asked, setAsked] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: async (_result, item) => {
      setAsked(null);
      await onDone(item);
    },
  });
  const confirmProps: Pick<ConfirmModalProps, "opened" | "onClose" | "onConfirm" | "loading" | "error"> = {
    opened: asked !== null,
    onClose: () => setAsked(null),
    onConfirm: () => {
      if (asked !== null) mutation.mutate(asked);
    },
    loading: mutation.isPending,
    error: mutation.error,
  };
  return { asked, ask: setAsked, confirmProps };
}
