/**
 * /journeys/$journeyId/graph: the impact links between cells as a graph, and the domino analysis
 * (which cells, and which learner steps above all, suffer when one cell goes badly).
 */
import { Alert, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Loading } from "../../../components/ui/loading";
import { RequireAbility, useActiveOrgId } from "../../admin/require-ability";
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

      <section aria-labelledby="domino-title">
        <Title order={2} size="h3" id="domino-title" mb={4}>
          {t("domino.title")}
        </Title>
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
      </section>

      <section aria-labelledby="graph-title">
        <Title order={2} size="h3" id="graph-title" mb="sm">
          {t("graph.title")}
        </Title>
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
      </section>

      {map.data.links.length > 0 && (
        <section aria-labelledby="links-title">
          <Title order={2} size="h3" id="links-title" mb="sm">
            {t("links.title")}
          </Title>
          <LinkTable links={map.data.links} index={index} risks={risks} />
        </section>
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
