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

/** The query key of an organisation's pending guest invitations (under its invitations, so both refresh together). */
export const guestInvitationsKey = (orgId: string) => [...queryKeys.invitations(orgId), "guests"] as const;

/**
 * Outside guests invited and not joined yet: the name the inviter typed, the address, what for,
 * a "pending" badge, and a button to withdraw the invitation.
 */
export function GuestInvitationList({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invitations = useQuery({ queryKey: guestInvitationsKey(orgId), queryFn: () => call(membersContract.listGuestInvitations, { params: { orgId } }) });

  const withdraw = useMutation({
    mutationFn: (inv: Invitation) => call(membersContract.withdrawGuestInvitation, { params: { orgId, invitationId: inv.id } }),
    onSuccess: async (_d, inv) => {
      await queryClient.invalidateQueries({ queryKey: guestInvitationsKey(orgId) });
      notifySuccess(t("guestInvitations.withdrawn", { email: inv.email }));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
  });

  if (invitations.isPending) return <Loading />;
  if (invitations.isError) return <ErrorAlert error={invitations.error} />;
  if (invitations.data.length === 0) return <EmptyState>{t("guestInvitations.empty")}</EmptyState>;

  return (
    <Stack gap="xs">
      <Text size="sm" c="dark.6">
        {t("guestInvitations.help")}
      </Text>
      {invitations.data.map((inv) => (
        <Paper key={inv.id} withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={500}>{inv.name ?? inv.email}</Text>
                <Text size="sm" c="dark.6">
                  {inv.email}
                </Text>
                <Badge variant="light" color="gray" c="dark.7" tt="none">
                  {t("invitations.pending")}
                </Badge>
                {inv.guest && <Badge variant="light">{t(`guestKinds.${inv.guest.kind}`)}</Badge>}
              </Group>
              {inv.guest && <Text size="sm">{inv.guest.purpose}</Text>}
              <Text size="sm" c="dark.6">
                {inv.inviterName
                  ? t("invitations.byUntil", { name: inv.inviterName, date: formatDate(inv.expiresAt) })
                  : t("invitations.until", { date: formatDate(inv.expiresAt) })}
              </Text>
            </Stack>
            <Button
              size="xs"
              variant="default"
              color="red"
              loading={withdraw.isPending && withdraw.variables?.id === inv.id}
              onClick={() => withdraw.mutate(inv)}
              aria-label={t("guestInvitations.withdrawLabel", { email: inv.email })}
            >
              {t("guestInvitations.withdraw")}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
