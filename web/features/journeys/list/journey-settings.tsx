/** Dialogs for one journey of the list: edit its title, description, programme and template flag; delete it. */
import { Modal, Stack, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract } from "../../../../shared/contracts/journeys.js";
import type { Programme } from "../../../../shared/schemas/ecosystem.js";
import type { JourneySummary } from "../../../../shared/schemas/journeys.js";
import { ConfirmModal } from "../../../components/ui/confirm-modal";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { FormActions } from "../../../components/ui/form-actions";
import { notifySuccess } from "../../../components/ui/notify";
import { call } from "../../../lib/api";
import { journeyKeys } from "../journey-api";
import { type JourneyDetails, JourneyDetailsFields } from "./journey-details-fields";

type DialogProps = { orgId: string; journey: JourneySummary; onClose: () => void };

export function EditJourneyModal({ orgId, journey, programmes, onClose }: DialogProps & { programmes: Programme[] }) {
  const { t } = useTranslation("journeys");
  const queryClient = useQueryClient();
  const isPhone = useMediaQuery("(max-width: 47.99em)");
  const [title, setTitle] = useState(journey.title);
  const [details, setDetails] = useState<JourneyDetails>({
    description: journey.description,
    programmeId: journey.programmeId,
    isTemplate: journey.isTemplate,
  });
  const save = useMutation({
    mutationFn: () => call(journeysContract.update, { params: { orgId, journeyId: journey.id }, body: { title: title.trim(), ...details } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: journeyKeys.all(orgId) });
      notifySuccess(t("settings.saved"));
      onClose();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t("settings.title")} size="lg" fullScreen={isPhone} closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error ?? undefined} />
          <TextInput label={t("fields.title")} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} />
          <JourneyDetailsFields value={details} onChange={setDetails} programmes={programmes} />
          <FormActions onCancel={onClose} submitLabel={t("common.save")} pending={save.isPending} disabled={title.trim() === ""} />
        </Stack>
      </form>
    </Modal>
  );
}

export function DeleteJourneyModal({ orgId, journey, onClose }: DialogProps) {
  const { t } = useTranslation("journeys");
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => call(journeysContract.remove, { params: { orgId, journeyId: journey.id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: journeyKeys.all(orgId) });
      notifySuccess(t("delete.done", { title: journey.title }));
      onClose();
    },
  });
  return (
    <ConfirmModal
      opened
      onClose={onClose}
      title={t("delete.title")}
      message={t("delete.body", { title: journey.title })}
      confirmLabel={t("delete.confirm")}
      onConfirm={() => remove.mutate()}
      loading={remove.isPending}
      error={remove.error}
    />
  );
}
