import { Button, Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import {
  type AuditActionName,
  type AuditTargetType,
  auditActionLabel,
  auditActions,
  auditTargetTypeLabel,
  auditTargetTypes,
} from "../../../shared/audit-actions.js";
import { membersContract } from "../../../shared/contracts/members.js";
import type { AuditFilter } from "../../../shared/schemas/admin.js";
import { SearchInput } from "../../components/ui/search-input";
import { call } from "../../lib/api";
import { queryKeys } from "../../lib/queries";

/** What the person chose: dates as the date inputs give them (YYYY-MM-DD, their own calendar day). */
export type AuditFilterForm = { actor: string | null; action: AuditActionName | null; targetType: AuditTargetType | null; from: string; to: string; q: string };

export const noAuditFilter: AuditFilterForm = { actor: null, action: null, targetType: null, from: "", to: "", q: "" };

/** Midnight at the start of a local calendar day, as an instant. */
function startOfDay(day: string, plusDays = 0): string {
  const date = new Date(`${day}T00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}

/** The query the API takes: the "to" day is included (up to the next midnight, local time). */
export function auditQuery(form: AuditFilterForm, search: string): AuditFilter {
  return {
    ...(form.actor ? { actor: form.actor } : {}),
    ...(form.action ? { action: form.action } : {}),
    ...(form.targetType ? { targetType: form.targetType } : {}),
    ...(form.from ? { from: startOfDay(form.from) } : {}),
    ...(form.to ? { to: startOfDay(form.to, 1) } : {}),
    ...(search.trim() ? { q: search.trim() } : {}),
  };
}

/** Who, what, when and a text: the audit log's filters. */
export function AuditFilters({ orgId, value, onChange }: { orgId: string; value: AuditFilterForm; onChange: (next: AuditFilterForm) => void }) {
  const { t, i18n } = useTranslation("admin");
  const members = useQuery({ queryKey: queryKeys.members(orgId), queryFn: () => call(membersContract.list, { params: { orgId } }) });
  const set = (patch: Partial<AuditFilterForm>) => onChange({ ...value, ...patch });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, i18n.language);

  return (
    <Group component="fieldset" aria-label={t("audit.filters")} align="end" style={{ border: 0, padding: 0, margin: 0 }}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
        <Select
          label={t("audit.actor")}
          placeholder={t("audit.anyActor")}
          data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name })).sort(byLabel)}
          value={value.actor}
          onChange={(actor) => set({ actor })}
          searchable
          clearable
        />
        <Select
          label={t("audit.action")}
          placeholder={t("audit.anyAction")}
          data={auditActions.map((a) => ({ value: a, label: auditActionLabel(i18n.language, a) })).sort(byLabel)}
          value={value.action}
          onChange={(action) => set({ action: action as AuditActionName | null })}
          searchable
          clearable
        />
        <Select
          label={t("audit.targetType")}
          placeholder={t("audit.anyTargetType")}
          data={auditTargetTypes.map((type) => ({ value: type, label: auditTargetTypeLabel(i18n.language, type) })).sort(byLabel)}
          value={value.targetType}
          onChange={(targetType) => set({ targetType: targetType as AuditTargetType | null })}
          clearable
        />
        <TextInput type="date" label={t("audit.from")} value={value.from} max={value.to || undefined} onChange={(e) => set({ from: e.currentTarget.value })} />
        <TextInput type="date" label={t("audit.to")} value={value.to} min={value.from || undefined} onChange={(e) => set({ to: e.currentTarget.value })} />
        <SearchInput label={t("audit.search")} description={t("audit.searchHint")} value={value.q} onChange={(q) => set({ q })} />
      </SimpleGrid>
      <Button variant="subtle" onClick={() => onChange(noAuditFilter)} disabled={JSON.stringify(value) === JSON.stringify(noAuditFilter)}>
        {t("audit.clear")}
      </Button>
    </Group>
  );
}
