/**
 * /workshops/actions: the improvement actions (actions d'amélioration) decided in workshops or
 * added by hand — owner (a member, or a named outsider), due date (never before today), status,
 * overdue ones highlighted, each traced to its workshop; "Mes actions": the signed-in member's own.
 */
import { Anchor, Badge, Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconAlertTriangle, IconPlus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointBody } from "../../../shared/contracts/endpoint.js";
import { type ImprovementAction, improvementActionStatusSchema } from "../../../shared/schemas/workshops.js";
import { RequireAbility } from "../../components/ui/ability-guard";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageHeader } from "../../components/ui/page-header";
import { TableHead } from "../../components/ui/table-head";
import { call } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { actionErrorMessage, OutsiderFields, OwnerSelect, outsiderValue, todayInOrganisation } from "./action-owner";
import { ScrollTable } from "./scroll-table";
import { actionsQuery, workshopKeys, workshopsContract } from "./workshop-api";
import { WorkshopsGuard } from "./workshops-guard";
import { WorkshopsTabs } from "./workshops-tabs";

const statuses = improvementActionStatusSchema.options;

function ActionRow({ action, orgId, canManage }: { action: ImprovementAction; orgId: string; canManage: boolean }) {
  const { t } = useTranslation("workshops");
  const queryClient = useQueryClient();
  const [owner, setOwner] = useState(action.ownerUserId ?? (action.ownerName ? outsiderValue : null));
  const [outsider, setOutsider] = useState({ name: action.ownerUserId ? "" : action.ownerName, email: action.ownerEmail ?? "" });
  // The outsider's name and e-mail open when "someone from outside" is chosen (and stay closed on a row that already has one).
  const [isEditingOutsider, setEditingOutsider] = useState(false);
  const [due, setDue] = useState(action.dueDate ?? "");
  const update = useMutation({
    mutationFn: (body: EndpointBody<typeof workshopsContract.updateAction>) =>
      call(workshopsContract.updateAction, { params: { orgId, actionId: action.id }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: workshopKeys.actions(orgId) }),
  });
  return (
    <Table.Tr bg={action.isOverdue ? "red.0" : undefined}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {action.title}
        </Text>
        {action.workshopId && (
          <Anchor size="xs" renderRoot={(props) => <Link to="/workshops/$workshopId" params={{ workshopId: action.workshopId as string }} {...props} />}>
            {t("actions.fromWorkshop", { title: action.workshopTitle })}
          </Anchor>
        )}
        <ErrorAlert error={update.error} message={actionErrorMessage(t, update.error)} />
      </Table.Td>
      <Table.Td>
        {canManage ? (
          <Stack gap={4} w={190}>
            <OwnerSelect
              size="xs"
              orgId={orgId}
              workshopId={action.workshopId}
              aria-label={t("actions.ownerOf", { title: action.title })}
              value={owner}
              outsiderName={action.ownerUserId ? undefined : action.ownerName}
              onOptionSubmit={(value) => setEditingOutsider(value === outsiderValue)}
              onChange={(value) => {
                setOwner(value);
                if (value !== outsiderValue) setEditingOutsider(false);
                if (value === null) update.mutate({ ownerUserId: null, ownerName: "", ownerEmail: null });
                else if (value !== outsiderValue) update.mutate({ ownerUserId: value });
              }}
            />
            {isEditingOutsider && (
              <OutsiderFields
                name={outsider.name}
                email={outsider.email}
                onChange={setOutsider}
                onBlur={() => {
                  const changed = action.ownerUserId !== null || outsider.name.trim() !== action.ownerName || (outsider.email.trim() || null) !== action.ownerEmail;
                  if (outsider.name.trim() && changed) update.mutate({ ownerUserId: null, ownerName: outsider.name, ownerEmail: outsider.email.trim() || null });
                }}
              />
            )}
          </Stack>
        ) : (
          action.ownerName || "—"
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {canManage ? (
            <TextInput
              size="xs"
              type="date"
              aria-label={t("actions.dueOf", { title: action.title })}
              value={due}
              min={todayInOrganisation()}
              error={due && due !== action.dueDate && due < todayInOrganisation() ? t("actions.duePast") : undefined}
              onChange={(e) => setDue(e.currentTarget.value)}
              onBlur={() => due !== (action.dueDate ?? "") && !(due && due < todayInOrganisation()) && update.mutate({ dueDate: due || null })}
              w={150}
            />
          ) : (
            <Text size="sm">{action.dueDate ? formatDate(action.dueDate) : "—"}</Text>
          )}
          {action.isOverdue && (
            <Badge color="red.9" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
              {t("actions.overdue")}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        {canManage ? (
          <Select
            size="xs"
            aria-label={t("actions.statusOf", { title: action.title })}
            data={statuses.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))}
            value={action.status}
            allowDeselect={false}
            onChange={(status) => status && update.mutate({ status: status as ImprovementAction["status"] })}
            w={140}
          />
        ) : (
          t(`actions.statuses.${action.status}`)
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function NewAction({ orgId }: { orgId: string }) {
  const { t } = useTranslation("workshops");
  const queryClient = useQueryClient();
  const empty = { title: "", owner: null as string | null, ownerName: "", ownerEmail: "", dueDate: "" };
  const [draft, setDraft] = useState(empty);
  const isOutsider = draft.owner === outsiderValue;
  const isDuePast = draft.dueDate !== "" && draft.dueDate < todayInOrganisation();
  const create = useMutation({
    mutationFn: () =>
      call(workshopsContract.createAction, {
        params: { orgId },
        body: {
          title: draft.title,
          ownerUserId: isOutsider ? null : draft.owner,
          ownerName: isOutsider ? draft.ownerName : "",
          ownerEmail: isOutsider && draft.ownerEmail.trim() ? draft.ownerEmail : null,
          dueDate: draft.dueDate || null,
        },
      }),
    onSuccess: () => {
      setDraft(empty);
      void queryClient.invalidateQueries({ queryKey: workshopKeys.actions(orgId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit}>
      <Title order={2} size="h5" mb="xs">
        {t("actions.new")}
      </Title>
      <Group align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label={t("actions.title")}
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          required
          flex={1}
          miw={240}
        />
        <OwnerSelect label={t("actions.owner")} orgId={orgId} workshopId={null} value={draft.owner} onChange={(owner) => setDraft({ ...draft, owner })} w={220} />
        {isOutsider && (
          <OutsiderFields
            name={draft.ownerName}
            email={draft.ownerEmail}
            onChange={({ name, email }) => setDraft({ ...draft, ownerName: name, ownerEmail: email })}
          />
        )}
        <TextInput
          label={t("actions.due")}
          type="date"
          min={todayInOrganisation()}
          error={isDuePast ? t("actions.duePast") : undefined}
          value={draft.dueDate}
          onChange={(e) => setDraft({ ...draft, dueDate: e.currentTarget.value })}
          w={170}
        />
        <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={create.isPending} disabled={!draft.title.trim() || isDuePast}>
          {t("actions.add")}
        </Button>
      </Group>
      <ErrorAlert error={create.error} message={actionErrorMessage(t, create.error)} />
    </Paper>
  );
}

function Actions({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useTranslation("workshops");
  const [status, setStatus] = useState<string | null>(null);
  const [owner, setOwner] = useState("");
  const [overdue, setOverdue] = useState(false);
  const [scope, setScope] = useState<"all" | "mine">("all");
  const [ownerQuery] = useDebouncedValue(owner.trim(), 250);
  const mine = scope === "mine";
  const list = useQuery(actionsQuery(orgId, { status: status ?? undefined, owner: mine ? undefined : ownerQuery || undefined, overdue, mine }));
  return (
    <Stack gap="md">
      <PageHeader title={t("actions.pageTitle")} description={t("actions.description")} />
      <WorkshopsTabs active="actions" />
      {canManage && <NewAction orgId={orgId} />}
      <SegmentedControl
        aria-label={t("actions.scope")}
        value={scope}
        onChange={(value) => setScope(value === "mine" ? "mine" : "all")}
        data={[
          { value: "all", label: t("actions.all") },
          { value: "mine", label: t("actions.mine") },
        ]}
        w="fit-content"
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t("actions.status")}
          placeholder={t("actions.allStatuses")}
          data={statuses.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={180}
        />
        {!mine && <TextInput label={t("actions.owner")} type="search" value={owner} onChange={(e) => setOwner(e.currentTarget.value)} w={200} />}
        <Checkbox label={t("actions.onlyOverdue")} checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} mb={8} />
      </Group>
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && list.data.length === 0 && <EmptyState>{t(mine ? "actions.mineEmpty" : "actions.empty")}</EmptyState>}
      {list.data && list.data.length > 0 && (
        <ScrollTable label={t("actions.pageTitle")} minWidth={760}>
          <Table verticalSpacing="xs">
            <TableHead columns={[t("actions.title"), t("actions.owner"), t("actions.due"), t("actions.status")]} />
            <Table.Tbody>
              {list.data.map((action) => (
                <ActionRow key={`${action.id}-${action.updatedAt}`} action={action} orgId={orgId} canManage={canManage} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

export function ActionsPage() {
  return (
    <RequireAbility anyOf={["workshop.read"]}>
      <WorkshopsGuard>{(orgId, canManage) => <Actions orgId={orgId} canManage={canManage} />}</WorkshopsGuard>
    </RequireAbility>
  );
}
