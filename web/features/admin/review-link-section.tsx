/** Settings › the review page promoters (NPS 9–10) are invited to in their thank-you e-mail. */
import { Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { promotersContract } from "../../../shared/contracts/promoters.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";

export function ReviewLinkSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation("admin");
  const queryClient = useQueryClient();
  const key = ["organisations", orgId, "review-settings"];
  const settings = useQuery({ queryKey: key, queryFn: () => call(promotersContract.getReviewSettings, { params: { orgId } }) });
  const [url, setUrl] = useState("");
  useEffect(() => {
    if (settings.data) setUrl(settings.data.reviewUrl ?? "");
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () => call(promotersContract.putReviewSettings, { params: { orgId }, body: { reviewUrl: url.trim() === "" ? null : url.trim() } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      notifySuccess(t("review.saved"));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <section aria-labelledby="review-settings-title">
      <Title order={2} size="h3" id="review-settings-title" mb="xs">
        {t("review.title")}
      </Title>
      <Text c="dark.6" mb="md">
        {t("review.description")}
      </Text>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput label={t("review.url")} description={t("review.urlHelp")} type="url" value={url} onChange={(e) => setUrl(e.currentTarget.value)} readOnly={!canEdit} placeholder="https://" />
            {save.isError && <ErrorAlert error={save.error} />}
            {canEdit && (
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t("review.save")}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      )}
    </section>
  );
}
