/** The impact links as a table: the text alternative of the graph, for screen-reader and keyboard users. */
import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MapLink } from "../../../../shared/schemas/journeys.js";
import { ScrollTable } from "../../../components/ui/scroll-table";
import { TableHead } from "../../../components/ui/table-head";
import { formatPercent } from "../../../lib/format";
import { cellKey } from "../map/map-model";
import { describeLink, type JourneyIndex } from "./graph-model";

export function LinkTable({ links, index, risks }: { links: MapLink[]; index: JourneyIndex; risks: Map<string, number> | null }) {
  const { t } = useTranslation("journeys");
  const targetRisk = (link: MapLink) => {
    const cell = index.cells.get(link.toCellId);
    const risk = cell && risks ? risks.get(cellKey(cell.stepId, cell.stakeholderTypeId)) : undefined;
    return risk === undefined ? "—" : formatPercent(risk);
  };
  return (
    <ScrollTable label={t("links.tableLabel")} minWidth={760}>
      <Table striped verticalSpacing="xs">
        <caption style={{ captionSide: "top", textAlign: "start", padding: "0 0 4px" }}>
          <Text size="sm" c="dark.6" span>
            {t("links.caption", { count: links.length })}
          </Text>
        </caption>
        <TableHead columns={[t("links.from"), t("links.to"), t("links.effect"), t("links.weight"), t("links.sentence"), risks && t("links.targetRisk")]} />
        <Table.Tbody>
          {links.map((link) => {
            const ends = describeLink(link, index);
            return (
              <Table.Tr key={link.id}>
                <Table.Td style={{ overflowWrap: "anywhere" }}>{ends.from}</Table.Td>
                <Table.Td style={{ overflowWrap: "anywhere" }}>{ends.to}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={link.sign > 0 ? "red" : "green"} c={link.sign > 0 ? "red.9" : "green.9"} style={{ minWidth: "max-content" }}>
                    {t(link.sign > 0 ? "value.sign.worsens" : "value.sign.protects")}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{t(`value.weight.${link.weight}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{link.sentence || "—"}</Table.Td>
                {risks && <Table.Td style={{ whiteSpace: "nowrap" }}>{targetRisk(link)}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
