/** Compare any two versions (or a version and the journey as it is now) and show the readable diff. */
import { Alert, Group, Select, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Loading } from "../../../components/ui/loading";
import { formatDateTime } from "../../../lib/format";
import { DiffView } from "./diff-view";
import { namesOf } from "./diff-values";
import { CURRENT, type JourneyVersion, useDiff, useSideDocument } from "./version-queries";

type Props = {
  orgId: string;
  journeyId: string;
  versions: JourneyVersion[];
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
};

export function ComparePanel({ orgId, journeyId, versions, from, to, onChange }: Props) {
  const { t } = useTranslation("journeys");
  const options = [
    { value: CURRENT, label: t("compare.current") },
    ...versions.map((v) => ({ value: v.id, label: `${v.name} — ${formatDateTime(v.createdAt)}` })),
  ];
  const diff = useDiff(orgId, journeyId, from, to);
  const before = useSideDocument(orgId, journeyId, from !== to ? from : null);
  const after = useSideDocument(orgId, journeyId, from !== to ? to : null);
  const error = diff.error ?? before.error ?? after.error;
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select label={t("compare.from")} data={options} value={from} onChange={(v) => onChange(v, to)} allowDeselect={false} w={{ base: "100%", sm: 340 }} />
        <Select label={t("compare.to")} data={options} value={to} onChange={(v) => onChange(from, v)} allowDeselect={false} w={{ base: "100%", sm: 340 }} />
      </Group>
      {from !== null && from === to && (
        <Alert color="gray" variant="light">
          {t("compare.same")}
        </Alert>
      )}
      {error && <ErrorAlert error={error} />}
      {from !== to && !error && (diff.isPending || before.isPending || after.isPending) && <Loading />}
      {diff.data && before.data && after.data && <DiffView summary={diff.data.summary} diff={diff.data.diff} names={namesOf(before.data, after.data)} />}
    </Stack>
  );
}
