/** Settings › the review page promoters (NPS 9–10) are invited to in their thank-you e-mail. */
import { TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { promotersContract } from "../../../shared/contracts/promoters.js";
import { MutationForm } from "../../components/ui/mutation-form";
import { notifySuccess } from "../../components/ui/notify";
import { QueryState } from "../../components/ui/query-state";
import { TitledSection } from "../../components/ui/titled-section";
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

  return (
    <TitledSection id="review-settings-title" title={t("review.title")} mb="xs" description={t("review.description")}>
      <QueryState query={settings}>
        {() => (
          <MutationForm onSubmit={() => save.mutate()} error={save.error} pending={save.isPending} submitLabel={t("review.save")} canSubmit={canEdit}>
            <TextInput
              label={t("review.url")}
              description={t("review.urlHelp")}
              type="url"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              readOnly={!canEdit}
              placeholder="https://"
            />
          </MutationForm>
        )}
      </QueryState>
    </TitledSection>
  );
}
