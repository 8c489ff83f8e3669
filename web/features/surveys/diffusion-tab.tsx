/** The Diffusion tab: status with open/close, the public link with copy, the QR code, link rotation, then personal invitations. */
import { Alert, Anchor, Button, CopyButton, Group, Image, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconDownload, IconLock, IconPlayerPlay, IconPlayerStop, IconRefresh } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpointUrl } from "../../../shared/contracts/endpoint-url.js";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { ConfirmModal } from "../../components/ui/confirm-modal";
import { ErrorAlert } from "../../components/ui/error-alert";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { call, saveFile } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import { InvitationsSection } from "./invitations-section";
import { type Survey, surveyKeys } from "./survey-api";
import { StatusBadge } from "./survey-status";
import { WavesSection, wavesKey } from "./waves-section";

export function DiffusionTab({ orgId, survey, canManage }: { orgId: string; survey: Survey; canManage: boolean }) {
  const { t } = useTranslation("surveys");
  const { t: tr } = useTranslation();
  const queryClient = useQueryClient();
  const [confirmRotate, setConfirmRotate] = useState(false);
  const params = { orgId, surveyId: survey.id };
  const apply = async (saved: Survey) => {
    queryClient.setQueryData(surveyKeys.survey(orgId, survey.id), saved);
    await queryClient.invalidateQueries({ queryKey: surveyKeys.all(orgId), exact: true });
  };
  const status = useMutation({
    mutationFn: (action: "open" | "close") => call(action === "open" ? surveysContract.open : surveysContract.close, { params }),
    onSuccess: async (saved) => {
      await apply(saved);
      await queryClient.invalidateQueries({ queryKey: wavesKey(orgId, survey.id) });
      notifySuccess(t(saved.status === "open" ? "diffusion.openedNotice" : "diffusion.closedNotice"));
    },
  });
  const rotate = useMutation({
    mutationFn: () => call(surveysContract.rotateLink, { params }),
    onSuccess: async (saved) => {
      setConfirmRotate(false);
      await apply(saved);
      notifySuccess(t("diffusion.rotatedNotice"));
    },
  });
  const download = (format: "png" | "svg") =>
    call(surveysContract.qrCode, { params: { ...params, format } })
      .then((blob) => saveFile(blob, `qr-${survey.id.slice(0, 8)}.${format}`))
      .catch((error: unknown) => notifyError(errorMessage(tr, error)));
  // The image changes with the link: the update time busts the browser cache after a rotation.
  const qrSrc = endpointUrl(surveysContract.qrCode, { ...params, format: "svg" }, { v: survey.updatedAt });

  return (
    <Stack gap="xl" maw={920}>
      <Stack gap="sm" component="section" aria-labelledby="diffusion-status-title">
        <Title order={2} size="h3" id="diffusion-status-title">
          {t("diffusion.status")}
        </Title>
        <Group gap="sm">
          <StatusBadge status={survey.status} />
          <Text size="sm">{t(`diffusion.statusHelp.${survey.status}`)}</Text>
        </Group>
        {(survey.opensAt || survey.closesAt) && (
          <Text size="sm" c="dark.6">
            {[
              survey.opensAt ? t("list.from", { from: formatDate(survey.opensAt) }) : "",
              survey.closesAt ? t("list.until", { to: formatDate(survey.closesAt) }) : "",
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        )}
        {canManage && (
          <Group>
            {survey.status !== "open" ? (
              <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} loading={status.isPending} onClick={() => status.mutate("open")}>
                {survey.status === "closed" ? t("diffusion.reopen") : t("diffusion.open")}
              </Button>
            ) : (
              <Button color="red.9" leftSection={<IconPlayerStop size={16} aria-hidden />} loading={status.isPending} onClick={() => status.mutate("close")}>
                {t("diffusion.close")}
              </Button>
            )}
          </Group>
        )}
        {status.isError && <ErrorAlert error={status.error} />}
      </Stack>

      <WavesSection orgId={orgId} survey={survey} />

      <Stack gap="sm" component="section" aria-labelledby="diffusion-link-title">
        <Title order={2} size="h3" id="diffusion-link-title">
          {t("diffusion.link")}
        </Title>
        {survey.status === "draft" && (
          <Alert color="blue" variant="light" icon={<IconLock aria-hidden />}>
            {t("diffusion.draftLink")}
          </Alert>
        )}
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label={t("diffusion.linkLabel")}
            value={survey.publicUrl}
            readOnly
            style={{ flex: 1, minWidth: 0 }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={survey.publicUrl}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy} aria-live="polite">
                {copied ? tr("common.copied") : tr("common.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Anchor href={survey.publicUrl} target="_blank" rel="noopener noreferrer" size="sm">
          {t("diffusion.preview")}
        </Anchor>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Paper withBorder radius="md" p="md" maw={260}>
            <Image src={qrSrc} alt={t("diffusion.qrAlt", { title: survey.title })} w={220} h={220} fit="contain" />
          </Paper>
          <Stack gap="xs">
            <Text size="sm">{t("diffusion.qrHelp")}</Text>
            <Group gap="xs">
              <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void download("png")}>
                {t("diffusion.downloadPng")}
              </Button>
              <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void download("svg")}>
                {t("diffusion.downloadSvg")}
              </Button>
            </Group>
            {canManage && (
              <>
                <Text size="sm" c="dark.6" mt="sm">
                  {t("diffusion.rotateHelp")}
                </Text>
                <div>
                  <Button variant="default" c="red.9" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setConfirmRotate(true)}>
                    {t("diffusion.rotate")}
                  </Button>
                </div>
              </>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>

      {canManage && <InvitationsSection orgId={orgId} survey={survey} />}

      <ConfirmModal
        opened={confirmRotate}
        onClose={() => setConfirmRotate(false)}
        title={t("diffusion.rotateTitle")}
        message={t("diffusion.rotateBody")}
        confirmLabel={t("diffusion.rotateConfirm")}
        onConfirm={() => rotate.mutate()}
        loading={rotate.isPending}
        error={rotate.error}
      />
    </Stack>
  );
}
