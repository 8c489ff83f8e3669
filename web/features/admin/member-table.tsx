import { Badge, Button, Group, Paper, Select, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconUserMinus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { membersContract } from "../../../shared/contracts/members.js";
import { type Role, roleRank } from "../../../shared/roles.js";
import type { Member } from "../../../shared/schemas/members.js";
import { ConfirmModal } from "../../components/ui/confirm-modal";
import { DataTable } from "../../components/ui/data-table";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { useConfirmedAction } from "../../components/ui/use-confirmed-action";
import { call } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import { activeMembership, queryKeys, useMe } from "../../lib/queries";

const assignableRoles = ["owner", "admin", "manager", "staff", "viewer"] as const;

/** Members of the organisation, with role change and removal for those allowed. */
export function MemberTable({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const myRole = activeMembership(me)?.role;
  const canChangeRole = me.abilities.includes("member.changeRole");
  const canRemove = me.abilities.includes("member.remove");
  // On a phone a five-column table hides the role off-screen: show one card per member instead.
  const isPhone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
  const members = useQuery({ queryKey: queryKeys.members(orgId), queryFn: () => call(membersContract.list, { params: { orgId } }) });

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: (typeof assignableRoles)[number] }) =>
      call(membersContract.changeRole, { params: { orgId, memberId: member.id }, body: { role } }),
    onSuccess: async (_d, { member, role }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) });
      if (member.userId === me.user.id) await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      notifySuccess(t("members.roleChanged", { name: member.name, role: t(`roles.${role}`) }));
    },
    onError: (error) => notifyError(errorMessage(t, error)),
  });

  const removal = useConfirmedAction(
    (member: Member) => call(membersContract.remove, { params: { orgId, memberId: member.id } }),
    async (member) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) });
      notifySuccess(t("members.removed", { name: member.name }));
    },
  );
  const toRemove = removal.asked;

  if (members.isPending) return <Loading />;
  if (members.isError) return <ErrorAlert error={members.error} />;
  if (members.data.length === 0) return <EmptyState>{t("members.empty")}</EmptyState>;

  /** An admin cannot touch an owner; only an owner can make an owner. */
  const mayManage = (m: Member) => Boolean(myRole) && m.role !== "guest" && roleRank(m.role) >= roleRank(myRole as Role);
  const roleOptions = assignableRoles.filter((r) => myRole === "owner" || r !== "owner").map((r) => ({ value: r, label: t(`roles.${r}`) }));

  const nameCell = (m: Member) => (
    <>
      <Text fw={500}>{m.name}</Text>
      {m.guest && (
        <Text size="xs" c="dark.6">
          {t(`guestKinds.${m.guest.kind}`)} · {m.guest.purpose}
        </Text>
      )}
    </>
  );

  const roleCell = (m: Member) =>
    canChangeRole && mayManage(m) ? (
      <Select
        aria-label={t("members.roleOf", { name: m.name })}
        size="xs"
        w={200}
        allowDeselect={false}
        value={m.role}
        data={roleOptions}
        disabled={changeRole.isPending}
        onChange={(value) => value && value !== m.role && changeRole.mutate({ member: m, role: value as (typeof assignableRoles)[number] })}
      />
    ) : (
      // min-width: the table would otherwise squeeze long roles ("Responsable de formation") into "RESPONSABLE D…".
      <Badge variant="light" color={m.role === "guest" ? "grape" : "indigo"} style={{ minWidth: "max-content" }}>
        {t(`roles.${m.role}`)}
      </Badge>
    );

  const removeButton = (m: Member) =>
    (mayManage(m) || m.role === "guest") &&
    m.userId !== me.user.id && (
      <Button
        size="xs"
        variant="subtle"
        color="red"
        w="fit-content"
        leftSection={<IconUserMinus size={14} aria-hidden />}
        onClick={() => removal.ask(m)}
        aria-label={t("members.removeLabel", { name: m.name })}
      >
        {t("members.remove")}
      </Button>
    );

  return (
    <>
      <Text size="sm" c="dark.6" mb="xs">
        {t("members.count", { count: members.data.length })}
      </Text>
      {isPhone ? (
        <Stack gap="xs" component="ul" aria-label={t("members.listTitle")} style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {members.data.map((m) => (
            <Paper key={m.id} component="li" withBorder p="sm" radius="md">
              <Stack gap={6}>
                {nameCell(m)}
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {m.email}
                </Text>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  {roleCell(m)}
                  <Text size="sm" c="dark.6">
                    {t("members.sinceDate", { date: formatDate(m.joinedAt) })}
                  </Text>
                </Group>
                {canRemove && removeButton(m)}
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <DataTable
          label={t("members.listTitle")}
          minWidth={680}
          striped
          highlightOnHover
          verticalSpacing="sm"
          columns={[t("fields.name"), t("fields.email"), t("fields.role"), t("members.since"), canRemove && t("common.actions")]}
        >
          {members.data.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{nameCell(m)}</Table.Td>
              <Table.Td>{m.email}</Table.Td>
              <Table.Td>{roleCell(m)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(m.joinedAt)}</Table.Td>
              {canRemove && <Table.Td>{removeButton(m)}</Table.Td>}
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <ConfirmModal
        {...removal.confirmProps}
        title={t("members.confirmTitle")}
        message={t("members.confirmBody", { name: toRemove?.name ?? "", email: toRemove?.email ?? "" })}
        confirmLabel={t("members.confirmRemove")}
      />
    </>
  );
}
