/** The minutes (compte rendu) as a page: what happened, section by section. */
import { Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { WorkshopMinutes } from "../../../shared/schemas/workshops.js";
import { EmptyState } from "../../components/ui/empty-state";
import { TableHead } from "../../components/ui/table-head";
import { formatDate, formatNumber } from "../../lib/format";
import { phaseName } from "./phase-name";
import { ScrollTable } from "./scroll-table";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`minutes-${id}`}>
      <Title order={2} size="h4" id={`minutes-${id}`} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

const quadrants = ["quick_win", "major_project", "fill_in", "thankless"] as const;

export function MinutesView({ minutes }: { minutes: WorkshopMinutes }) {
  const { t } = useTranslation("workshops");
  const present = minutes.attendance.filter((a) => a.isPresent);
  const absent = minutes.attendance.filter((a) => !a.isPresent);
  const one = (value: number) => formatNumber(Math.round(value * 10) / 10);
  return (
    <Stack gap="xl">
      <Section id="attendance" title={t("minutes.attendance", { present: present.length, total: minutes.attendance.length })}>
        <List size="sm" spacing={2}>
          {present.map((a) => (
            <List.Item key={a.participantId}>
              {a.name} — {t(`roles.${a.role}`)}
              {a.stakeholderTypeName ? `, ${a.stakeholderTypeName}` : ""}
            </List.Item>
          ))}
        </List>
        {absent.length > 0 && (
          <Text size="sm" c="dark.6" mt="xs">
            {t("minutes.absent", { names: absent.map((a) => a.name).join(", ") })}
          </Text>
        )}
      </Section>

      <Section id="agenda" title={t("minutes.agenda")}>
        <List size="sm" type="ordered" spacing={2}>
          {minutes.agenda.map((item) => (
            <List.Item key={item.id}>{t("minutes.agendaItem", { phase: phaseName(item.phase), minutes: item.minutes })}</List.Item>
          ))}
        </List>
      </Section>

      <Section id="clusters" title={t("minutes.clusters")}>
        {minutes.clusters.length === 0 && minutes.looseNotes.length === 0 && <EmptyState>{t("minutes.noNotes")}</EmptyState>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {minutes.clusters.map((cluster) => (
            <Card key={cluster.id} withBorder radius="md" padding="sm">
              <Text fw={600}>{cluster.name || t("minutes.unnamed")}</Text>
              <List size="sm" spacing={2} mt={4}>
                {cluster.notes.map((note) => (
                  <List.Item key={note.id}>{note.text}</List.Item>
                ))}
              </List>
            </Card>
          ))}
          {minutes.looseNotes.length > 0 && (
            <Card withBorder radius="md" padding="sm" bg="gray.0">
              <Text fw={600}>{t("minutes.looseNotes")}</Text>
              <List size="sm" spacing={2} mt={4}>
                {minutes.looseNotes.map((note) => (
                  <List.Item key={note.id}>{note.text}</List.Item>
                ))}
              </List>
            </Card>
          )}
        </SimpleGrid>
      </Section>

      {minutes.votes && (
        <Section id="votes" title={t("minutes.votes", { budget: minutes.votes.budget })}>
          <ScrollTable label={t("minutes.votes", { budget: minutes.votes.budget })} minWidth={320}>
            <Table fz="sm" maw={640}>
              <TableHead columns={[t("minutes.item"), { label: t("minutes.dots"), align: "right" }]} />
              <Table.Tbody>
                {minutes.votes.results.map((row) => (
                  <Table.Tr key={row.itemId}>
                    <Table.Td>{row.label}</Table.Td>
                    <Table.Td ta="right">{formatNumber(row.dots)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Section>
      )}

      {minutes.matrix.length > 0 && (
        <Section id="matrix" title={t("minutes.matrix")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {quadrants.map((quadrant) => (
              <Card key={quadrant} withBorder radius="md" padding="sm">
                <Text fw={600}>{t(`minutes.quadrants.${quadrant}`)}</Text>
                <List size="sm" spacing={2} mt={4}>
                  {minutes.matrix
                    .filter((item) => item.quadrant === quadrant)
                    .map((item) => (
                      <List.Item key={item.itemId}>
                        {t("minutes.placed", { label: item.label, impact: Math.round(item.impact * 100), effort: Math.round(item.effort * 100) })}
                      </List.Item>
                    ))}
                </List>
              </Card>
            ))}
          </SimpleGrid>
        </Section>
      )}

      {minutes.scoring && minutes.scoring.items.length > 0 && (
        <Section id="scores" title={t("minutes.scores")}>
          <ScrollTable label={t("minutes.scores")} minWidth={520}>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("minutes.item")}</Table.Th>
                  {minutes.scoring.criteria.map((c) => (
                    <Table.Th key={c.id}>{c.name}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {minutes.scoring.items.map((item) => (
                  <Table.Tr key={item.itemId}>
                    <Table.Td>{item.label}</Table.Td>
                    {minutes.scoring?.criteria.map((c) => {
                      const s = item.scores[c.id];
                      return (
                        <Table.Td key={c.id}>
                          {s ? t("minutes.score", { mean: one(s.mean), median: one(s.median), spread: one(s.standardDeviation), n: s.n }) : "—"}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Text size="xs" c="dark.5" mt={4}>
            {t("minutes.scoreHint")}
          </Text>
        </Section>
      )}

      <Section id="decisions" title={t("minutes.decisions")}>
        {minutes.decisions.length === 0 ? (
          <Text size="sm" c="dark.6">
            {t("minutes.none")}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {minutes.decisions.map((d) => (
              <List.Item key={d.id}>{d.text}</List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section id="actions" title={t("minutes.actions")}>
        {minutes.actions.length === 0 ? (
          <Text size="sm" c="dark.6">
            {t("minutes.none")}
          </Text>
        ) : (
          <ScrollTable label={t("minutes.actions")} minWidth={560}>
            <Table fz="sm">
              <TableHead columns={[t("actions.title"), t("actions.owner"), t("actions.due"), t("actions.status")]} />
              <Table.Tbody>
                {minutes.actions.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.title}</Table.Td>
                    <Table.Td>{a.ownerName || "—"}</Table.Td>
                    <Table.Td>{a.dueDate ? formatDate(a.dueDate) : "—"}</Table.Td>
                    <Table.Td>{a.status ? <Badge variant="light">{t(`actions.statuses.${a.status}`)}</Badge> : "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>

      {minutes.feelings.length > 0 && (
        <Section id="feelings" title={t("minutes.feelings")}>
          <Group gap={6}>
            {minutes.feelings.map((word, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same word can be said twice
              <Badge key={`${word}-${index}`} variant="outline" size="lg" tt="none">
                {word}
              </Badge>
            ))}
          </Group>
        </Section>
      )}
    </Stack>
  );
}
