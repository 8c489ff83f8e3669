/** /journeys/$journeyId/versions: named versions, "name a version", a version read-only, and the diff between two. */
import { Button, Group, Stack, Title } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { loadNamespaces } from "../../../app/i18n";
import { RequireAbility, useActiveOrgId } from "../../../components/ui/ability-guard";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Loading } from "../../../components/ui/loading";
import { TitledSection } from "../../../components/ui/titled-section";
import { useMe } from "../../../lib/queries";
import { useJourneyMap } from "../journey-api";
import { JourneyPageHeader } from "../list/journey-tabs";
import { ComparePanel } from "./compare-panel";
import { NameVersionForm } from "./name-version-form";
import { RestoreVersionButton } from "./restore-version";
import { VersionList } from "./version-list";
import { CURRENT, useSideDocument, useVersions } from "./version-queries";
import { VersionSnapshot } from "./version-snapshot";

/** The map's grid (and its texts) load only when a version is opened. */
const VersionMap = lazy(async () => {
  const [module] = await Promise.all([import("./version-map"), loadNamespaces(["journeyMap"])]);
  return { default: module.VersionMap };
});

function VersionsContent({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation("journeys");
  const me = useMe();
  const orgId = useActiveOrgId();
  const canEdit = me.abilities.includes("journey.edit");
  const map = useJourneyMap(orgId, journeyId);
  const versions = useVersions(orgId, journeyId);
  const [viewing, setViewing] = useState<string | null>(null);
  const [sides, setSides] = useState<{ from: string | null; to: string | null } | null>(null);
  const snapshot = useSideDocument(orgId, journeyId, viewing);
  const snapshotTitle = useRef<HTMLHeadingElement>(null);
  const compareTitle = useRef<HTMLHeadingElement>(null);
  const latest = versions.data?.[0]?.id ?? null;
  // By default, compare the latest named version with the journey as it is now.
  const from = sides?.from ?? latest;
  const to = sides?.to ?? CURRENT;

  useEffect(() => {
    if (viewing) snapshotTitle.current?.focus();
  }, [viewing]);

  if (map.isPending) return <Loading />;
  if (map.isError) return <ErrorAlert error={map.error} />;
  const viewed = versions.data?.find((v) => v.id === viewing);

  return (
    <Stack gap="xl">
      <JourneyPageHeader journeyId={journeyId} journeyTitle={map.data.journey.title} view="versions" description={t("versions.description")} />

      {canEdit && (
        <TitledSection id="name-version-title" title={t("versions.nameTitle")}>
          <NameVersionForm orgId={orgId} journeyId={journeyId} />
        </TitledSection>
      )}

      <TitledSection id="versions-title" title={t("versions.listTitle")}>
        {versions.isPending && <Loading />}
        {versions.isError && <ErrorAlert error={versions.error} />}
        {versions.data && (
          <VersionList
            versions={versions.data}
            viewing={viewing}
            onView={setViewing}
            restore={canEdit ? (v) => <RestoreVersionButton orgId={orgId} journeyId={journeyId} version={v} /> : undefined}
            onCompare={(id) => {
              setSides({ from: id, to: CURRENT });
              compareTitle.current?.scrollIntoView({ behavior: "smooth", block: "start" });
              compareTitle.current?.focus();
            }}
          />
        )}
      </TitledSection>

      {viewing && (
        <section aria-labelledby="snapshot-title">
          <Group justify="space-between" mb="sm" wrap="wrap">
            <Title order={2} size="h3" id="snapshot-title" ref={snapshotTitle} tabIndex={-1}>
              {t("snapshot.title", { name: viewed?.name ?? "" })}
            </Title>
            <Button size="xs" variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={() => setViewing(null)}>
              {t("snapshot.close")}
            </Button>
          </Group>
          {snapshot.isPending && <Loading />}
          {snapshot.isError && <ErrorAlert error={snapshot.error} />}
          {snapshot.data && (
            <Stack gap="md">
              <Suspense fallback={<Loading />}>
                <VersionMap doc={snapshot.data} journey={map.data.journey} />
              </Suspense>
              <details>
                <summary>{t("snapshot.asTable")}</summary>
                <VersionSnapshot doc={snapshot.data} />
              </details>
            </Stack>
          )}
        </section>
      )}

      {versions.data && versions.data.length > 0 && (
        <section aria-labelledby="compare-title">
          <Title order={2} size="h3" id="compare-title" mb="sm" ref={compareTitle} tabIndex={-1}>
            {t("compare.title")}
          </Title>
          <ComparePanel orgId={orgId} journeyId={journeyId} versions={versions.data} from={from} to={to} onChange={(f, t2) => setSides({ from: f, to: t2 })} />
        </section>
      )}
    </Stack>
  );
}

/** The versions page of one journey (requires journey.read; naming a version requires journey.edit). */
export function VersionsPage({ journeyId }: { journeyId: string }) {
  return (
    <RequireAbility anyOf={["journey.read"]}>
      <VersionsContent journeyId={journeyId} />
    </RequireAbility>
  );
}
