/**
 * The map's toolbar: lanes chooser, zoom (50–150 %), moments of truth and impact links panels, the
 * switch that draws the links as arrows on the map, exports (PNG, SVG, PDF, CSV for Excel and standard CSV, JSON), links to the versions and graph pages, and "add a stage".
 */
import { ActionIcon, Button, Group, Menu, Switch, Text } from "@mantine/core";
import { IconDownload, IconGitCompare, IconHistory, IconLink, IconPlus, IconStar, IconZoomIn, IconZoomOut, IconZoomReset } from "@tabler/icons-react";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { csvChoices } from "../../../../../shared/schemas/csv.js";
import type { JourneyMap } from "../../../../../shared/schemas/journeys.js";
import { notifyError } from "../../../../components/ui/notify";
import { formatDate, formatNumber } from "../../../../lib/format";
import type { ExportFormat } from "../export/export-map";
import { InlineTitleForm } from "../grid/inline-title-form";
import type { MapActions } from "../use-map-actions";
import { ArrowLegend, MeasureLegend } from "./arrow-legend";
import { LanesChooser } from "./lanes-chooser";
import { PathLink } from "./path-link";

export type Panel = "mot" | "links" | null;

interface Props {
  orgId: string;
  map: JourneyMap;
  canEdit: boolean;
  actions: MapActions;
  zoom: number;
  onZoom: (zoom: number) => void;
  panel: Panel;
  onPanel: (panel: Panel) => void;
  motCount: number;
  onAddStage: (title: string) => Promise<unknown>;
  showLinks: boolean;
  onShowLinks: (show: boolean) => void;
  journeyId: string;
}

/** The CSV for Excel (semicolon) comes first in French, the standard one first in English. */
const formatsFor = (language: string): ExportFormat[] => ["png", "svg", "pdf", ...csvChoices(language).map((c) => (c === "semicolon" ? ("csv-excel" as const) : ("csv" as const))), "json"];

export function MapToolbar({ orgId, map, canEdit, actions, zoom, onZoom, panel, onPanel, motCount, onAddStage, showLinks, onShowLinks, journeyId }: Props) {
  const { t, i18n } = useTranslation("journeyMap");
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const size = useMediaQuery("(max-width: 47.99em)") ? "xs" : "sm";
  const setZoom = (z: number) => onZoom(Math.min(1.5, Math.max(0.5, Math.round(z * 10) / 10)));

  async function runExport(format: ExportFormat) {
    setExporting(format);
    try {
      const { exportMap } = await import("../export/export-map");
      await exportMap(format, map, orgId, t, formatDate(new Date().toISOString()), { showLinks });
    } catch {
      notifyError(t("export.failed"));
    } finally {
      setExporting(null);
    }
  }

  return (
    <Group gap="xs" wrap="wrap" mb="sm" role="toolbar" aria-label={t("toolbar.label")}>
      <LanesChooser orgId={orgId} lanes={map.lanes} canEdit={canEdit} actions={actions} />
      {canEdit && (
        <InlineTitleForm
          label={t("stage.newTitle")}
          submitLabel={t("stage.add")}
          placeholder={t("stage.newPlaceholder")}
          onSubmit={onAddStage}
          trigger={(open) => (
            <Button variant="default" size={size} leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              {t("stage.add")}
            </Button>
          )}
        />
      )}
      <Group gap={2} wrap="nowrap" aria-label={t("zoom.label")} role="group">
        <ActionIcon variant="default" size="lg" onClick={() => setZoom(zoom - 0.1)} disabled={zoom <= 0.5} aria-label={t("zoom.out")}>
          <IconZoomOut size={18} aria-hidden />
        </ActionIcon>
        <Text size="sm" w={48} ta="center" aria-live="polite">
          {`${formatNumber(Math.round(zoom * 100))} %`}
        </Text>
        <ActionIcon variant="default" size="lg" onClick={() => setZoom(zoom + 0.1)} disabled={zoom >= 1.5} aria-label={t("zoom.in")}>
          <IconZoomIn size={18} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="default" size="lg" onClick={() => setZoom(1)} disabled={zoom === 1} aria-label={t("zoom.reset")}>
          <IconZoomReset size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <Button
        variant={panel === "mot" ? "filled" : "default"}
        size={size}
        leftSection={<IconStar size={16} aria-hidden />}
        aria-pressed={panel === "mot"}
        onClick={() => onPanel(panel === "mot" ? null : "mot")}
      >
        {t("mot.button", { count: motCount })}
      </Button>
      <Button
        variant={panel === "links" ? "filled" : "default"}
        size={size}
        leftSection={<IconLink size={16} aria-hidden />}
        aria-pressed={panel === "links"}
        onClick={() => onPanel(panel === "links" ? null : "links")}
      >
        {t("links.button", { count: map.links.length })}
      </Button>
      {map.links.length > 0 && (
        <Group gap="sm" wrap="wrap">
          <Switch
            label={t("arrows.toggle")}
            checked={showLinks}
            onChange={(event) => onShowLinks(event.currentTarget.checked)}
            size={size === "xs" ? "xs" : "sm"}
          />
          {showLinks && <ArrowLegend />}
        </Group>
      )}
      <MeasureLegend orgId={orgId} journeyId={journeyId} />
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="default" size={size} leftSection={<IconDownload size={16} aria-hidden />} loading={exporting !== null}>
            {t("export.button")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {formatsFor(i18n.language).map((format) => (
            <Menu.Item key={format} onClick={() => void runExport(format)}>
              {t(`export.${format}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <PathLink href={`/journeys/${map.journey.id}/versions`} variant="subtle" size={size} leftSection={<IconHistory size={16} aria-hidden />}>
        {t("toolbar.versions")}
      </PathLink>
      <PathLink href={`/journeys/${map.journey.id}/graph`} variant="subtle" size={size} leftSection={<IconGitCompare size={16} aria-hidden />}>
        {t("toolbar.graph")}
      </PathLink>
    </Group>
  );
}
