/**
 * "New journey": start from a built-in template, from a blank map, or from a JSON file exported
 * earlier; file it under a programme or keep it as a reusable template; then open its map.
 */
import { Modal, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract } from "../../../../shared/contracts/journeys.js";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { FormActions } from "../../../components/ui/form-actions";
import { notifySuccess } from "../../../components/ui/notify";
import { call } from "../../../lib/api";
import { errorMessage, fieldErrors } from "../../../lib/error-message";
import { journeyKeys } from "../journey-api";
import { type ImportedFile, ImportFileField } from "./import-file-field";
import { ImportProblems } from "./import-problems";
import { type JourneyDetails, JourneyDetailsFields } from "./journey-details-fields";
import { useProgrammes } from "./journey-queries";
import { TemplateChoice } from "./template-choice";

type Mode = "template" | "blank" | "import";

export function CreateJourneyModal({ orgId, initialTemplateKey, onClose }: { orgId: string; initialTemplateKey?: string; onClose: () => void }) {
  const { t } = useTranslation("journeys");
  const { t: tApp } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const isPhone = useMediaQuery("(max-width: 47.99em)");
  const programmes = useProgrammes(orgId);
  const [mode, setMode] = useState<Mode>("template");
  const [templateKey, setTemplateKey] = useState<string | null>(initialTemplateKey ?? null);
  const [imported, setImported] = useState<ImportedFile | null>(null);
  const [title, setTitle] = useState("");
  const [details, setDetails] = useState<JourneyDetails>({ description: "", programmeId: null, isTemplate: false });
  const [missing, setMissing] = useState(false);

  const create = useMutation({
    mutationFn: () => {
      const common = { ...details, description: details.description.trim(), ...(title.trim() ? { title: title.trim() } : {}) };
      const body =
        mode === "template"
          ? { ...common, templateKey: templateKey ?? undefined }
          : mode === "import"
            ? { ...common, document: imported?.document ?? undefined }
            : common;
      return call(journeysContract.create, { params: { orgId }, body });
    },
    onSuccess: async (map) => {
      await queryClient.invalidateQueries({ queryKey: journeyKeys.all(orgId) });
      queryClient.setQueryData(journeyKeys.map(orgId, map.journey.id), map);
      notifySuccess(t("create.done", { title: map.journey.title }));
      onClose();
      void navigate({ to: "/journeys/$journeyId", params: { journeyId: map.journey.id } });
    },
  });

  const isReady = mode === "template" ? templateKey !== null : mode === "blank" ? title.trim() !== "" : Boolean(imported?.document);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!isReady);
    if (isReady) create.mutate();
  }

  const serverProblems = fieldErrors(create.error).filter((f) => f.path.startsWith("body.document"));
  return (
    <Modal opened onClose={onClose} title={t("create.title")} size="xl" fullScreen={isPhone} closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Radio.Group label={t("create.how")} value={mode} onChange={(v) => setMode(v as Mode)}>
            <Stack gap="xs" mt="xs">
              {(["template", "blank", "import"] as const).map((m) => (
                <Radio key={m} value={m} label={t(`create.mode.${m}`)} description={t(`create.modeHelp.${m}`)} />
              ))}
            </Stack>
          </Radio.Group>

          {mode === "template" && (
            <TemplateChoice
              orgId={orgId}
              value={templateKey}
              onChange={setTemplateKey}
              error={missing && !templateKey ? t("create.pickTemplate") : undefined}
            />
          )}
          {mode === "import" && <ImportFileField value={imported} onChange={setImported} />}

          <TextInput
            label={mode === "blank" ? t("fields.title") : t("fields.titleOptional")}
            description={mode === "blank" ? undefined : t("create.titleHelp")}
            required={mode === "blank"}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={200}
            error={missing && mode === "blank" && !title.trim() ? t("create.titleRequired") : undefined}
          />
          <JourneyDetailsFields value={details} onChange={setDetails} programmes={programmes.data ?? []} programmeHelp={t("create.programmeHelp")} />

          {serverProblems.length > 0 ? (
            <ImportProblems title={errorMessage(tApp, create.error)} problems={serverProblems} doc={imported?.raw} />
          ) : (
            <ErrorAlert error={create.error ?? undefined} />
          )}
          {missing && !isReady && mode === "import" && (
            <Text c="red.8" size="sm" role="alert">
              {t("create.pickFile")}
            </Text>
          )}
          <FormActions onCancel={onClose} submitLabel={t("create.submit")} pending={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
