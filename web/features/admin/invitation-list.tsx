import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { membersContract } from "../../../shared/contracts/members.js";
import type { Invitation } from "../../../shared/schemas/members.js";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import { queryKeys } from "../../lib/queries";

/** Pending invitations, each with a cancel button. */
export function InvitationList({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invitations = useQuery({ queryKey: queryKeys.invitations(orgId), queryFn: () => call(membersContract.listInvitations, { params: { orgId } }) });

  const cancel = useMutation({
    mutationFn: (inv: Invitation) => call(membersContract.cancelInvitation, { params: { orgId, invitationId: inv.id } }),
    onSuccess: async (_d, inv) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) });
      notifySuccess(t("invitations.canceled", { email: inv.email }));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
  });

  if (invitations.isPending) return <Loading />;
  if (invitations.isError) return <ErrorAlert error={invitations.error} />;
  const pending = invitations.data.filter((i) => i.status === "pending");
  if (pending.length === 0) return <EmptyState>{t("invitations.empty")}</EmptyState>;

  return (
    <Stack gap="xs">
      {pending.map((inv) => (
        <Paper key={inv.id} withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={500}>{inv.email}</Text>
                <Badge variant="light">{t(`roles.${inv.role}`)}</Badge>
              </Group>
              <Text size="sm" c="dark.6">
                {inv.inviterName ? t("invitations.byUntil", { name: inv.inviterName, date: formatDate(inv.expiresAt) }) : t("invitations.until", { date: formatDate(inv.expiresAt) })}
              </Text>
            </Stack>
            <Button size="xs" variant="default" color="red" loading={cancel.isPending && cancel.variables?.id === inv.id} onClick={() => cancel.mutate(inv)} aria-label={t("invitations.cancelLabel", { email: inv.email })}>
              {t("invitations.cancel")}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
