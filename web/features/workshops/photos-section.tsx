/** Photos of paper walls: upload from a phone or a computer, see them, delete them. */
import { ActionIcon, Button, Card, FileButton, Group, Image, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { IconPhotoPlus, IconTrash } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifySuccess } from "../../components/ui/notify";
import { endpointUrl } from "../../../shared/contracts/endpoint-url.js";
import type { Photo } from "../../../shared/schemas/workshops.js";
import { ApiError, call } from "../../lib/api";
import { formatDateTime } from "../../lib/format";
import { photosQuery, workshopKeys, workshopParams, workshopsContract } from "./workshop-api";

const maxBytes = 8 * 1024 * 1024;

/** The body is the image itself, which `call` (JSON) does not send: the same endpoint, by fetch. */
async function uploadPhoto(orgId: string, workshopId: string, file: File, caption: string): Promise<Photo> {
  const response = await fetch(endpointUrl(workshopsContract.uploadPhoto, workshopParams(orgId, workshopId), { caption }), {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": file.type },
    body: file,
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({
      code: response.status === 413 ? "payload_too_large" : "bad_request",
      status: response.status,
      title: response.statusText,
      type: "about:blank",
    }));
    throw new ApiError(problem);
  }
  return response.json() as Promise<Photo>;
}

export function PhotosSection({ orgId, workshopId, canManage }: { orgId: string; workshopId: string; canManage: boolean }) {
  const { t } = useTranslation("workshops");
  const queryClient = useQueryClient();
  const photos = useQuery(photosQuery(orgId, workshopId));
  const [caption, setCaption] = useState("");
  const [tooBig, setTooBig] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: workshopKeys.part(orgId, workshopId, "photos") });
    void queryClient.invalidateQueries({ queryKey: workshopKeys.part(orgId, workshopId, "minutes") });
  };
  const upload = useMutation({
    mutationFn: (file: File) => uploadPhoto(orgId, workshopId, file, caption),
    onSuccess: () => {
      setCaption("");
      refresh();
      notifySuccess(t("photos.uploaded"));
    },
  });
  const remove = useMutation({
    mutationFn: (photo: Photo) => call(workshopsContract.removePhoto, { params: { ...workshopParams(orgId, workshopId), photoId: photo.id } }),
    onSuccess: refresh,
  });
  const pick = (file: File | null) => {
    if (!file) return;
    setTooBig(file.size > maxBytes);
    if (file.size <= maxBytes) upload.mutate(file);
  };
  return (
    <Stack gap="md">
      {canManage && (
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t("photos.caption")}
            placeholder={t("photos.captionPlaceholder")}
            value={caption}
            onChange={(e) => setCaption(e.currentTarget.value)}
            maxLength={300}
            w={{ base: "100%", sm: 320 }}
          />
          <FileButton onChange={pick} accept="image/jpeg,image/png,image/webp">
            {(props) => (
              <Button {...props} leftSection={<IconPhotoPlus size={16} aria-hidden />} loading={upload.isPending}>
                {t("photos.add")}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dark.5">
            {t("photos.hint")}
          </Text>
        </Group>
      )}
      {tooBig && <ErrorAlert message={t("photos.tooBig")} />}
      <ErrorAlert error={upload.error ?? remove.error} />
      {photos.isPending && <Loading />}
      {photos.data && photos.data.length === 0 && <EmptyState>{t("photos.empty")}</EmptyState>}
      {photos.data && photos.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          {photos.data.map((photo) => (
            <Card key={photo.id} withBorder padding="xs" radius="md">
              <Card.Section>
                <a href={photo.url} target="_blank" rel="noreferrer">
                  <Image src={photo.url} alt={photo.caption || t("photos.untitled")} h={180} fit="cover" />
                </a>
              </Card.Section>
              <Group justify="space-between" mt="xs" wrap="nowrap">
                <div>
                  <Text size="sm">{photo.caption || t("photos.untitled")}</Text>
                  <Text size="xs" c="dark.5">
                    {formatDateTime(photo.createdAt)}
                  </Text>
                </div>
                {canManage && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => remove.mutate(photo)}
                    aria-label={t("photos.delete", { caption: photo.caption || t("photos.untitled") })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
