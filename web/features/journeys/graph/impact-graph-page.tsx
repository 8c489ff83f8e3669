/**
 * /journeys/$journeyId/graph: the impact links between cells as a graph, and the domino analysis
 * (which cells, and which learner steps above all, suffer when one cell goes badly).
 */
import { Alert, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { RequireAbility, useActiveOrgId } from "../../../components/ui/ability-guard";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Loading } from "../../../components/ui/loading";
import { TitledSection } from "../../../components/ui/titled-section";
import { useJourneyMap } from "../journey-api";
import { JourneyPageHeader } from "../list/journey-tabs";
import { cellKey } from "../map/map-model";
import { DominoControls, GraphLegend, LearnerRisks } from "./domino-panel";
import { type CellPair, useDomino } from "./domino-query";
import { indexJourney, linksOnPaths } from "./graph-model";
import { ImpactGraph } from "./impact-graph";
import { LinkTable } from "./link-table";

function GraphContent({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation("journeys");
  const orgId = useActiveOrgId();
  const map = useJourneyMap(orgId, journeyId);
  const [start, setStart] = useState<CellPair | null>(null);
  const domino = useDomino(orgId, journeyId, start, map.data?.journey.revision ?? 0);
  const index = useMemo(() => (map.data ? indexJourney(map.data) : null), [map.data]);
  const risks = useMemo(
    () => (start && domino.data ? new Map(domino.data.cells.map((c) => [cellKey(c.stepId, c.stakeholderTypeId), c.risk])) : null),
    [start, domino.data],
  );
  const pathLinks = useMemo(() => linksOnPaths(domino.data?.cells ?? []), [domino.data]);

  if (map.isPending) return <Loading />;
  if (map.isError || !index) return <ErrorAlert error={map.error} />;
  const startKey = start ? cellKey(start.stepId, start.stakeholderTypeId) : null;
  const startLabel = start ? index.label(start) : "";

  return (
    <Stack gap="xl">
      <JourneyPageHeader journeyId={journeyId} journeyTitle={map.data.journey.title} view="graph" description={t("graph.description")} />

      <TitledSection id="domino-title" title={t("domino.title")} mb={4}>
        <Text size="sm" c="dark.6" mb="sm">
          {t("domino.help")}
        </Text>
        <DominoControls map={map.data} start={start} onChange={setStart} />
        <div aria-live="polite">
          {start && domino.isPending && <Loading />}
          {start && domino.isError && <ErrorAlert error={domino.error} />}
          {start && domino.data && (
            <Stack gap="sm" mt="md">
              <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                {t("domino.from", { cell: startLabel })}
              </Text>
              <LearnerRisks result={domino.data} index={index} />
            </Stack>
          )}
        </div>
      </TitledSection>

      <TitledSection id="graph-title" title={t("graph.title")}>
        {map.data.links.length === 0 ? (
          <EmptyState>{t("graph.empty")}</EmptyState>
        ) : (
          <Stack gap="sm">
            <GraphLegend isDomino={risks !== null} />
            <ImpactGraph map={map.data} index={index} risks={risks} pathLinks={pathLinks} startKey={startKey} onPick={setStart} />
            <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
              {t("graph.alternative")}
            </Alert>
          </Stack>
        )}
      </TitledSection>

      {map.data.links.length > 0 && (
        <TitledSection id="links-title" title={t("links.title")}>
          <LinkTable links={map.data.links} index={index} risks={risks} />
        </TitledSection>
      )}
    </Stack>
  );
}

/** The impact graph and domino page of one journey (requires journey.read). */
export function ImpactGraphPage({ journeyId }: { journeyId: string }) {
  return (
    <RequireAbility anyOf={["journey.read"]}>
      <GraphContent journeyId={journeyId} />
    </RequireAbility>
  );
}
