/**
 * The journey map page (/journeys/$journeyId): header, toolbar, the grid of stages × lanes with the
 * emotion curves, and side panels (moments of truth, impact links, domino analysis). Live: others'
 * edits refetch the map. Editing controls only with the "journey.edit" ability.
 */
import "./journey-map.css";
import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { type ComponentProps, useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract } from "../../../../shared/contracts/journeys.js";
import type { DominoResult } from "../../../../shared/schemas/journeys.js";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Loading } from "../../../components/ui/loading";
import { notifyError } from "../../../components/ui/notify";
import { call, isApiError } from "../../../lib/api";
import { errorMessage } from "../../../lib/error-message";
import { useMe } from "../../../lib/queries";
import { useJourneyLiveUpdates, useJourneyMap } from "../journey-api";
import { CellEditor, type CellTarget } from "./cell/cell-editor";
import { ConfirmDialog, type ConfirmRequest } from "./confirm-dialog";
import { InlineTitleForm } from "./grid/inline-title-form";
import { MAP_GRID_ID, MapGrid } from "./grid/map-grid";
import { MapHeader } from "./map-header";
import { cellKey, indexMap } from "./map-model";
import { useJourneyMeasures } from "./measures";
import { DominoPanel } from "./panels/domino-panel";
import { LinksPanel } from "./panels/links-panel";
import { MotPanel } from "./panels/mot-panel";
import { StepEditor } from "./step-editor";
import { MapToolbar, type Panel } from "./toolbar/map-toolbar";
import { useMapActions } from "./use-map-actions";
import { useStructure } from "./use-structure";

export function JourneyMapPage({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation("journeyMap");
  const me = useMe();
  const orgId = me.activeOrganisationId;
  if (!orgId) return <EmptyState>{t("noOrganisation")}</EmptyState>;
  return <JourneyMapContent orgId={orgId} journeyId={journeyId} userId={me.user.id} canEdit={me.abilities.includes("journey.edit")} />;
}

/**
 * The grid with the surveys' measures: their query (started with the map's, never waited for) is
 * read here, so their arrival re-renders the grid alone (and nothing when nothing was measured).
 */
function MeasuredMapGrid({ orgId, journeyId, ...props }: Omit<ComponentProps<typeof MapGrid>, "measures"> & { orgId: string; journeyId: string }) {
  const measures = useJourneyMeasures(orgId, journeyId).data ?? null;
  return <MapGrid {...props} measures={measures} />;
}

/** True from the first time `now` is true on. */
function useUsed(now: boolean): boolean {
  const [used, setUsed] = useState(now);
  if (now && !used) setUsed(true);
  return used || now;
}

/** Up to this many impact links, the arrows are drawn on the map from the start (more would clutter it). */
const ARROWS_BY_DEFAULT_UP_TO = 30;

interface Domino {
  start: CellTarget;
  result: DominoResult | null;
}

function JourneyMapContent({ orgId, journeyId, userId, canEdit }: { orgId: string; journeyId: string; userId: string; canEdit: boolean }) {
  const { t } = useTranslation("journeyMap");
  const { t: tApp } = useTranslation();
  const query = useJourneyMap(orgId, journeyId);
  const { lastChange, isConnected } = useJourneyLiveUpdates(orgId, journeyId, userId);
  const actions = useMapActions(orgId, journeyId);
  const structure = useStructure(orgId, journeyId, actions);
  const [zoom, setZoom] = useState(1);
  const [panel, setPanel] = useState<Panel>(null);
  const [cellTarget, setCellTarget] = useState<CellTarget | null>(null);
  const [domino, setDomino] = useState<Domino | null>(null);
  const [linkFrom, setLinkFrom] = useState<CellTarget | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [arrowsChoice, setArrowsChoice] = useState<boolean | null>(null);
  // The cell and step editors (drawers) are mounted on first use, then kept (for their closing transition).
  const cellEditorUsed = useUsed(cellTarget !== null);
  const stepEditorUsed = useUsed(structure.editingStepId !== null);

  const map = query.data;

  const index = useMemo(() => (map ? indexMap(map) : null), [map]);
  const onOpenCell = useCallback((stepId: string, stakeholderTypeId: string) => setCellTarget({ stepId, stakeholderTypeId }), []);
  const risks = useMemo(
    () => (domino?.result ? new Map(domino.result.cells.map((c) => [cellKey(c.stepId, c.stakeholderTypeId), c.risk])) : null),
    [domino?.result],
  );

  const runDomino = useCallback(
    async (start: CellTarget) => {
      setCellTarget(null);
      setDomino({ start, result: null });
      try {
        const result = await call(journeysContract.domino, {
          params: actions.ids,
          query: { stepId: start.stepId, stakeholderTypeId: start.stakeholderTypeId },
        });
        setDomino((d) => (d && d.start === start ? { start, result } : d));
      } catch (error) {
        setDomino(null);
        notifyError(errorMessage(tApp, error));
      }
    },
    [actions.ids, tApp],
  );

  if (query.isPending) return <Loading />;
  if (query.isError || !map || !index) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return notFound ? <EmptyState>{t("notFound")}</EmptyState> : <ErrorAlert error={query.error} />;
  }

  const motCount = index.steps.filter((s) => s.isMomentOfTruth).length;
  const showLinks = arrowsChoice ?? map.links.length <= ARROWS_BY_DEFAULT_UP_TO;

  const editingStep = structure.editingStepId ? index.stepById.get(structure.editingStepId) : undefined;
  const showAside = panel !== null || domino !== null;

  return (
    <>
      {map.stages.length > 0 && (
        <a
          className="jm-skip"
          href={`#${MAP_GRID_ID}`}
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(MAP_GRID_ID)?.focus();
          }}
        >
          {t("grid.skip")}
        </a>
      )}
      <MapHeader map={map} canEdit={canEdit} actions={actions} lastChange={lastChange} isConnected={isConnected} />
      <MapToolbar
        orgId={orgId}
        map={map}
        canEdit={canEdit}
        actions={actions}
        zoom={zoom}
        onZoom={setZoom}
        panel={panel}
        onPanel={(p) => {
          setPanel(p);
          if (p !== "links") setLinkFrom(null);
        }}
        motCount={motCount}
        onAddStage={structure.addStage}
        showLinks={showLinks}
        onShowLinks={setArrowsChoice}
        journeyId={journeyId}
      />
      {map.stages.length === 0 ? (
        <EmptyState>
          <Stack gap="sm" align="flex-start">
            <Text>{t("empty.noStages")}</Text>
            {canEdit && (
              <InlineTitleForm
                label={t("stage.newTitle")}
                submitLabel={t("stage.add")}
                placeholder={t("stage.newPlaceholder")}
                onSubmit={structure.addStage}
                trigger={(open) => (
                  <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
                    {t("stage.addFirst")}
                  </Button>
                )}
              />
            )}
          </Stack>
        </EmptyState>
      ) : (
        <div className="jm-layout">
          <div className="jm-main">
            {map.lanes.length === 0 && (
              <Alert color="indigo" variant="light" mb="sm">
                {canEdit ? t("empty.noLanesEditor") : t("empty.noLanes")}
              </Alert>
            )}
            <MeasuredMapGrid
              orgId={orgId}
              journeyId={journeyId}
              map={map}
              index={index}
              canEdit={canEdit}
              zoom={zoom}
              handlers={structure.handlers}
              placeStep={structure.placeStep}
              placeStage={structure.placeStage}
              risks={risks}
              dominoStartKey={domino ? cellKey(domino.start.stepId, domino.start.stakeholderTypeId) : null}
              onOpenCell={onOpenCell}
              showLinks={showLinks}
            />
          </div>
          {showAside && (
            <aside className="jm-aside" aria-label={t("panels.label")}>
              <Stack gap="md">
                {domino && <DominoPanel index={index} start={domino.start} result={domino.result} isLoading={!domino.result} onClear={() => setDomino(null)} />}
                {panel === "mot" && <MotPanel index={index} onClose={() => setPanel(null)} />}
                {panel === "links" && (
                  <LinksPanel
                    key={linkFrom ? cellKey(linkFrom.stepId, linkFrom.stakeholderTypeId) : "list"}
                    index={index}
                    links={map.links}
                    canEdit={canEdit}
                    actions={actions}
                    newFrom={linkFrom}
                    onConfirm={setConfirm}
                    onDomino={runDomino}
                    onClose={() => setPanel(null)}
                  />
                )}
              </Stack>
            </aside>
          )}
        </div>
      )}
      {cellEditorUsed && (
        <CellEditor
          orgId={orgId}
          journeyId={journeyId}
          index={index}
          target={cellTarget}
          canEdit={canEdit}
          onClose={() => setCellTarget(null)}
          onDomino={runDomino}
          onAddLink={(from) => {
            setCellTarget(null);
            setLinkFrom(from);
            setPanel("links");
          }}
        />
      )}
      {canEdit && stepEditorUsed && <StepEditor step={editingStep} actions={actions} onClose={structure.closeStepEditor} />}
      <ConfirmDialog request={structure.confirm ?? confirm} onClose={structure.confirm ? structure.closeConfirm : () => setConfirm(null)} />
    </>
  );
}
