/** Upload a persona's picture (PNG, JPEG or WebP, 512 KB at most) with a preview, checked before sending. */
import { Button, FileInput, Group, Modal, Stack, Text } from "@mantine/core";
import { IconPhoto } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpointUrl } from "../../../shared/contracts/endpoint-url.js";
import { avatarMediaTypes, personasContract } from "../../../shared/contracts/personas.js";
import type { Persona } from "../../../shared/schemas/ecosystem.js";
import { notifySuccess } from "../../components/ui/notify";
import { ApiError } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { formatNumber } from "../../lib/format";
import { ecosystemKeys } from "./ecosystem-api";
import { PersonaAvatar } from "./persona-avatar";

const accepted: readonly string[] = avatarMediaTypes;
const maxBytes = 512 * 1024;

/** The body is the image itself, not JSON, so this is the one call that does not go through `call()`. */
async function uploadAvatar(orgId: string, personaId: string, file: File): Promise<Persona> {
  let response: Response;
  try {
    response = await fetch(endpointUrl(personasContract.uploadAvatar, { orgId, id: personaId }), {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": file.type, Accept: "application/json" },
      body: file,
    });
  } catch {
    throw new ApiError({ type: "about:blank", title: "Network error", status: 0, code: "network_error" });
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; detail?: string } | null;
    throw new ApiError({
      type: "about:blank",
      title: response.statusText,
      status: response.status,
      code: body?.code ?? (response.status === 413 ? "payload_too_large" : "bad_request"),
      detail: body?.detail,
    });
  }
  return (await response.json()) as Persona;
}

export function PersonaAvatarUpload({ orgId, persona, opened, onClose }: { orgId: string; persona: Persona; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation("ecosystem");
  const { t: tr } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => {
    if (!file) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const upload = useMutation({
    mutationFn: (f: File) => uploadAvatar(orgId, persona.id, f),
    onSuccess: async (saved) => {
      queryClient.setQueryData(ecosystemKeys.persona(orgId, saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: ecosystemKeys.personas(orgId), exact: true });
      notifySuccess(t("avatar.saved", { name: saved.name }));
      close();
    },
  });

  function close() {
    setFile(null);
    setProblem(null);
    upload.reset();
    onClose();
  }

  function choose(next: File | null) {
    upload.reset();
    if (next && !accepted.includes(next.type)) {
      setFile(null);
      setProblem(t("avatar.wrongType"));
      return;
    }
    if (next && next.size > maxBytes) {
      setFile(null);
      setProblem(t("avatar.tooLarge", { size: formatNumber(Math.ceil(next.size / 1024)), max: formatNumber(512) }));
      return;
    }
    setProblem(null);
    setFile(next);
  }

  const error = problem ?? (upload.isError ? errorMessage(tr, upload.error) : null);

  return (
    <Modal opened={opened} onClose={close} title={t("avatar.title", { name: persona.name })} centered closeButtonProps={{ "aria-label": t("common.close") }}>
      <Stack>
        <Group justify="center">
          <PersonaAvatar persona={persona} size={120} src={preview} />
        </Group>
        <Text size="sm" c="dark.6" ta="center">
          {preview ? t("avatar.previewHint") : t("avatar.current")}
        </Text>
        <FileInput
          label={t("avatar.file")}
          description={t("avatar.hint")}
          accept={accepted.join(",")}
          leftSection={<IconPhoto size={16} aria-hidden />}
          value={file}
          onChange={choose}
          clearable
          error={error}
          placeholder={t("avatar.placeholder")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
            {t("avatar.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
