/** A version's content, read-only: its steps by stage as rows and its stakeholders (lanes) as columns. */
import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DocumentCell, JourneyDocument } from "../../../../shared/journeys/document.js";
import { cellKey } from "../../../../shared/journeys/order.js";
import { ScrollTable } from "../../../components/ui/scroll-table";
import { formatNumber } from "../../../lib/format";
import { fieldValue, namesOf } from "./diff-values";

export function VersionSnapshot({ doc }: { doc: JourneyDocument }) {
  const { t } = useTranslation("journeys");
  const names = namesOf(doc, doc);
  const cells = new Map<string, DocumentCell>(doc.cells.map((c) => [cellKey(c.stepRef, c.stakeholderRef), c]));
  const stepCount = doc.stages.reduce((n, s) => n + s.steps.length, 0);
  const cellText = (c: DocumentCell | undefined) => {
    if (!c || (c.involvement === "none" && c.emotion === null)) return "—";
    const parts = [fieldValue(t, names, "involvement", c.involvement)];
    if (c.emotion !== null) parts.push(t("snapshot.emotion", { value: fieldValue(t, names, "emotion", c.emotion) }));
    return parts.join(" · ");
  };
  return (
    <Stack gap="sm">
      <Text fw={700} style={{ overflowWrap: "anywhere" }}>
        {doc.title}
      </Text>
      {doc.description && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {doc.description}
        </Text>
      )}
      <Text size="sm" c="dark.6">
        {t("snapshot.counts", {
          stages: formatNumber(doc.stages.length),
          steps: formatNumber(stepCount),
          lanes: formatNumber(doc.stakeholders.length),
          links: formatNumber(doc.links.length),
        })}
      </Text>
      <ScrollTable label={t("snapshot.tableLabel")} minWidth={360 + doc.stakeholders.length * 150}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs">
          <caption style={{ captionSide: "top", textAlign: "start", padding: "0 0 4px" }}>
            <Text size="sm" c="dark.6" span>
              {t("snapshot.caption")}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("snapshot.stage")}</Table.Th>
              <Table.Th scope="col">{t("snapshot.step")}</Table.Th>
              {doc.stakeholders.map((s) => (
                <Table.Th scope="col" key={s.ref}>
                  {s.name}
                  <Text size="xs" c="dark.6" fw={400}>
                    {fieldValue(t, names, "category", s.category)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.stages.map((stage) =>
              stage.steps.length === 0 ? (
                <Table.Tr key={stage.ref}>
                  <Table.Td>{stage.title}</Table.Td>
                  <Table.Td colSpan={1 + doc.stakeholders.length}>
                    <Text size="sm" c="dark.6">
                      {t("snapshot.noSteps")}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                stage.steps.map((step, i) => (
                  <Table.Tr key={step.ref}>
                    {i === 0 && (
                      <Table.Th scope="rowgroup" rowSpan={stage.steps.length} style={{ verticalAlign: "top" }}>
                        {stage.title}
                      </Table.Th>
                    )}
                    <Table.Th scope="row" fw={500}>
                      {step.title}
                      <Text size="xs" c="dark.6">
                        {fieldValue(t, names, "channel", step.channel)}
                        {step.ownerService ? ` · ${step.ownerService}` : ""}
                      </Text>
                    </Table.Th>
                    {doc.stakeholders.map((s) => (
                      <Table.Td key={s.ref}>
                        <Text size="sm">{cellText(cells.get(cellKey(step.ref, s.ref)))}</Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              ),
            )}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
