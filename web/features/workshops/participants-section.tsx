/**
 * Preparation: who takes part and in which role, members or outsiders invited by e-mail (they
 * receive a magic link into the workshop), and the sub-group warning with the suggested split.
 */
import { ActionIcon, Alert, Badge, Button, Group, List, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { IconAlertTriangle, IconMail, IconTrash, IconUserPlus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointBody } from "../../../shared/contracts/endpoint.js";
import { membersContract } from "../../../shared/contracts/members.js";
import { stakeholdersContract } from "../../../shared/contracts/stakeholders.js";
import type { Workshop } from "../../../shared/schemas/workshops.js";
import { type WorkshopRole, workshopRoles } from "../../../shared/workshops/formats.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { workshopKeys, workshopParams, workshopsContract } from "./workshop-api";
import { ScrollTable } from "./scroll-table";
import { ConvocationStatus } from "./workshop-badges";

function useStakeholderTypes(orgId: string) {
  return useQuery({
    queryKey: ["organisations", orgId, "stakeholder-types"],
    queryFn: () => call(stakeholdersContract.list, { params: { orgId } }),
  });
}

export function ParticipantsSection({ orgId, workshop }: { orgId: string; workshop: Workshop }) {
  const { t } = useTranslation("workshops");
  const queryClient = useQueryClient();
  const canEdit = workshop.canManage && workshop.status !== "closed";
  const types = useStakeholderTypes(orgId);
  const members = useQuery({
    queryKey: ["organisations", orgId, "members"],
    queryFn: () => call(membersContract.list, { params: { orgId } }),
    enabled: canEdit,
  });
  const typeOptions = (types.data ?? []).filter((type) => !type.isArchived).map((type) => ({ value: type.id, label: type.name }));
  const roleOptions = workshopRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const save = (workshop: Workshop) => queryClient.setQueryData(workshopKeys.one(orgId, workshop.id), workshop);
  const params = workshopParams(orgId, workshop.id);

  const add = useMutation({
    mutationFn: (body: EndpointBody<typeof workshopsContract.addParticipant>) => call(workshopsContract.addParticipant, { params, body }),
    onSuccess: (next, body) => {
      save(next);
      notifySuccess(body.email ? t("participants.invited", { email: body.email }) : t("participants.added"));
    },
  });
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: EndpointBody<typeof workshopsContract.updateParticipant> }) =>
      call(workshopsContract.updateParticipant, { params: { ...params, participantId: id }, body }),
    onSuccess: save,
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(workshopsContract.removeParticipant, { params: { ...params, participantId: id } }),
    onSuccess: save,
  });

  const [memberId, setMemberId] = useState<string | null>(null);
  const [outsider, setOutsider] = useState({ name: "", email: "" });
  const taken = new Set(workshop.participants.map((p) => p.userId));
  const memberOptions = (members.data ?? []).filter((m) => !taken.has(m.userId)).map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }));
  const invite = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { email: outsider.email, name: outsider.name, locale: workshop.locale, role: "participant" },
      { onSuccess: () => setOutsider({ name: "", email: "" }) },
    );
  };
  const nameOf = new Map(workshop.participants.map((p) => [p.id, p]));

  return (
    <Stack gap="lg">
      {workshop.subGroupWarning && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={t("participants.tooMany", { count: workshop.subGroupWarning.producingCount, max: workshop.subGroupWarning.max })}
        >
          <Text size="sm" mb="sm">
            {t("participants.tooManyBody")}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: workshop.subGroupWarning.suggestedGroups.length > 2 ? 3 : 2 }}>
            {workshop.subGroupWarning.suggestedGroups.map((group, index) => (
              <Paper key={group.join()} withBorder p="sm" radius="sm">
                <Text fw={600} size="sm" mb={4}>
                  {t("participants.group", { n: index + 1, count: group.length })}
                </Text>
                <List size="sm" spacing={2}>
                  {group.map((id) => (
                    <List.Item key={id}>
                      {nameOf.get(id)?.name}
                      {nameOf.get(id)?.stakeholderTypeName ? ` — ${nameOf.get(id)?.stakeholderTypeName}` : ""}
                    </List.Item>
                  ))}
                </List>
              </Paper>
            ))}
          </SimpleGrid>
        </Alert>
      )}

      <section aria-labelledby="participants-title">
        <Title order={2} size="h4" id="participants-title" mb="sm">
          {t("participants.title", { count: workshop.participants.length })}
        </Title>
        <ScrollTable label={t("participants.title", { count: workshop.participants.length })} minWidth={680}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("participants.name")}</Table.Th>
                <Table.Th>{t("participants.role")}</Table.Th>
                <Table.Th>{t("participants.stakeholder")}</Table.Th>
                <Table.Th>{t("participants.convocation")}</Table.Th>
                {canEdit && <Table.Th>{t("participants.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {workshop.participants.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {p.name}{" "}
                      {p.isOutsider && (
                        <Badge size="xs" variant="outline" ml={4}>
                          {t("participants.outsider")}
                        </Badge>
                      )}
                      {p.isPending && (
                        <Badge size="xs" variant="light" color="gray" ml={4}>
                          {t("participants.pending")}
                        </Badge>
                      )}
                    </Text>
                    {p.email && (
                      <Text size="xs" c="dark.5">
                        {p.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <Select
                        aria-label={t("participants.roleOf", { name: p.name })}
                        data={roleOptions}
                        value={p.role}
                        allowDeselect={false}
                        onChange={(role) => role && change.mutate({ id: p.id, body: { role: role as WorkshopRole } })}
                        size="xs"
                        w={170}
                      />
                    ) : (
                      t(`roles.${p.role}`)
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <Select
                        aria-label={t("participants.stakeholderOf", { name: p.name })}
                        data={typeOptions}
                        value={p.stakeholderTypeId}
                        placeholder={t("participants.noStakeholder")}
                        clearable
                        onChange={(stakeholderTypeId) => change.mutate({ id: p.id, body: { stakeholderTypeId } })}
                        size="xs"
                        w={220}
                      />
                    ) : (
                      (p.stakeholderTypeName ?? "—")
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ConvocationStatus participant={p} />
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" onClick={() => remove.mutate(p.id)} aria-label={t("participants.remove", { name: p.name })}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        <ErrorAlert error={change.error ?? remove.error} />
      </section>

      {canEdit && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md" radius="md">
            <Title order={3} size="h5" mb="xs">
              {t("participants.addMember")}
            </Title>
            <Group align="flex-end" gap="sm">
              <Select
                label={t("participants.member")}
                data={memberOptions}
                value={memberId}
                onChange={setMemberId}
                searchable
                flex={1}
                miw={200}
                nothingFoundMessage={t("participants.noMember")}
              />
              <Button
                leftSection={<IconUserPlus size={16} aria-hidden />}
                disabled={!memberId}
                loading={add.isPending && !!memberId}
                onClick={() => memberId && add.mutate({ userId: memberId, role: "participant" }, { onSuccess: () => setMemberId(null) })}
              >
                {t("participants.add")}
              </Button>
            </Group>
          </Paper>
          <Paper withBorder p="md" radius="md" component="form" onSubmit={invite}>
            <Title order={3} size="h5" mb={4}>
              {t("participants.inviteOutsider")}
            </Title>
            <Text size="sm" c="dark.6" mb="xs">
              {t("participants.inviteHint")}
            </Text>
            <Stack gap="xs">
              <TextInput
                label={t("participants.outsiderName")}
                value={outsider.name}
                onChange={(e) => setOutsider({ ...outsider, name: e.currentTarget.value })}
                required
              />
              <TextInput
                label={t("participants.outsiderEmail")}
                type="email"
                value={outsider.email}
                onChange={(e) => setOutsider({ ...outsider, email: e.currentTarget.value })}
                required
              />
              <Group>
                <Button
                  type="submit"
                  variant="light"
                  leftSection={<IconMail size={16} aria-hidden />}
                  loading={add.isPending && !memberId}
                  disabled={!outsider.email || !outsider.name}
                >
                  {t("participants.sendInvitation")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </SimpleGrid>
      )}
      <ErrorAlert error={add.error} />
    </Stack>
  );
}
