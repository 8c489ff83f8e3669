/** "Restaurer cette version": a confirmation saying the current state is kept as a version first, then the map. */
import { Button } from "@mantine/core";
import { IconRestore } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract } from "../../../../shared/contracts/journeys.js";
import { ConfirmModal } from "../../../components/ui/confirm-modal";
import { notifySuccess } from "../../../components/ui/notify";
import { ApiError, call } from "../../../lib/api";
import { journeyKeys } from "../journey-api";
import type { JourneyVersion } from "./version-queries";

/** Why the server would not restore, as a sentence saying what to do, or null for any other error. */
function refusal(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string | null {
  if (!(error instanceof ApiError)) return null;
  const names = (list: unknown, key: "name" | "title") =>
    (Array.isArray(list) ? (list as Record<string, unknown>[]) : []).map((item) => String(item[key] ?? "")).join(", ");
  if (error.problem.reason === "version_not_restorable") return t("versions.notRestorable", { lanes: names(error.problem.missing, "name") });
  if (error.problem.reason === "version_restore_detaches_surveys") return t("versions.measuredBySurveys", { surveys: names(error.problem.surveys, "title") });
  return null;
}

export function RestoreVersionButton({ orgId, journeyId, version }: { orgId: string; journeyId: string; version: JourneyVersion }) {
  const { t } = useTranslation("journeys");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const restore = useMutation({
    mutationFn: () => call(journeysContract.restoreVersion, { params: { orgId, journeyId, versionId: version.id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: journeyKeys.map(orgId, journeyId) });
      await queryClient.invalidateQueries({ queryKey: journeyKeys.versions(orgId, journeyId) });
      notifySuccess(t("versions.restored", { name: version.name }));
      setOpened(false);
      void navigate({ to: "/journeys/$journeyId", params: { journeyId } });
    },
  });
  const refused = refusal(restore.error, t);
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconRestore size={14} aria-hidden />}
        onClick={() => {
          restore.reset();
          setOpened(true);
        }}
        aria-label={t("versions.restoreNamed", { name: version.name })}
      >
        {t("versions.restore")}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t("versions.restoreTitle", { name: version.name })}
        message={refused ?? t("versions.restoreMessage", { name: version.name })}
        confirmLabel={t("versions.restoreConfirm")}
        onConfirm={() => restore.mutate()}
        loading={restore.isPending}
        error={refused !== null ? undefined : (restore.error ?? undefined)}
        color="indigo"
      />
    </>
  );
}
