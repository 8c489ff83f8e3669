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

/** The lanes a version cannot be restored without (archived or deleted stakeholder types), or null. */
function missingLanes(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.problem.reason !== "version_not_restorable") return null;
  const missing = Array.isArray(error.problem.missing) ? (error.problem.missing as { name?: unknown }[]) : [];
  return missing.map((m) => String(m.name ?? "")).join(", ");
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
  const missing = missingLanes(restore.error);
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
        message={missing !== null ? t("versions.notRestorable", { lanes: missing }) : t("versions.restoreMessage", { name: version.name })}
        confirmLabel={t("versions.restoreConfirm")}
        onConfirm={() => restore.mutate()}
        loading={restore.isPending}
        error={missing !== null ? undefined : (restore.error ?? undefined)}
        color="indigo"
      />
    </>
  );
}
