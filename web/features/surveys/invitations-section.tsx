/** Personal invitations: add one person, or paste/upload a CSV; the import report; the reminders; who was invited and who has answered. */
import { Alert, Button, Code, FileInput, Group, List, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { IconCheck, IconFileUpload, IconSend } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { surveysContract } from "../../../shared/contracts/surveys.js";
import { DataTable } from "../../components/ui/data-table";
import { EmptyState } from "../../components/ui/empty-state";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { TableHead } from "../../components/ui/table-head";
import { call, isApiError } from "../../lib/api";
import { formatDate, formatNumber } from "../../lib/format";
import { RemindersPanel } from "./reminders-panel";
import { type InvitationReport, type Survey, surveyKeys } from "./survey-api";

/** "email: Invalid email address; locale: …" → translated reasons, one per faulty column. */
function reasonText(t: TFunction<"surveys">, reason: string): string {
  if (reason === "duplicate") return t("invitations.report.duplicate");
  return reason
    .split("; ")
    .map((part) => {
      const field = part.split(":")[0]?.trim();
      return field === "email" || field === "name" || field === "locale" ? t(`invitations.report.bad.${field}`) : part;
    })
    .join(" ; ");
}

type Body = { recipients?: { email: string; name: string; locale: "fr" | "en" }[]; csv?: string };

function ImportReport({ report }: { report: InvitationReport }) {
  const { t } = useTranslation("surveys");
  const problems = report.skipped.length + report.rejected.length;
  return (
    <Alert
      color={problems > 0 ? "orange" : "teal"}
      variant="light"
      title={t("invitations.report.invited", { count: report.invited, n: formatNumber(report.invited) })}
      // Mantine's light alert writes its title in the colour itself: orange stays under 4.5:1 on its tint.
      styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
      role="status"
    >
      <Stack gap="xs">
        {report.skipped.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t("invitations.report.skipped", { count: report.skipped.length, n: formatNumber(report.skipped.length) })}
            </Text>
            <List size="sm">
              {report.skipped.map((email) => (
                <List.Item key={email}>{email}</List.Item>
              ))}
            </List>
          </div>
        )}
        {report.rejected.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t("invitations.report.rejected", { count: report.rejected.length, n: formatNumber(report.rejected.length) })}
            </Text>
            <Table fz="sm" withTableBorder mt={4}>
              <TableHead columns={[t("invitations.report.line"), t("invitations.report.value"), t("invitations.report.reason")]} />
              <Table.Tbody>
                {report.rejected.map((r) => (
                  <Table.Tr key={`${r.line}-${r.value}`}>
                    <Table.Td>{formatNumber(r.line)}</Table.Td>
                    <Table.Td style={{ overflowWrap: "anywhere" }}>{r.value}</Table.Td>
                    <Table.Td>{reasonText(t, r.reason)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </Alert>
  );
}

export function InvitationsSection({ orgId, survey }: { orgId: string; survey: Survey }) {
  const { t } = useTranslation("surveys");
  const queryClient = useQueryClient();
  const params = { orgId, surveyId: survey.id };
  const invitations = useQuery({ queryKey: surveyKeys.invitations(orgId, survey.id), queryFn: () => call(surveysContract.listInvitations, { params }) });
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [locale, setLocale] = useState<"fr" | "en">(survey.locales[0] ?? "fr");
  const [csv, setCsv] = useState("");
  const [report, setReport] = useState<InvitationReport | null>(null);
  const invite = useMutation({
    mutationFn: (body: Body) => call(surveysContract.invite, { params, body }),
    onSuccess: async (result, body) => {
      setReport(result);
      if (body.recipients) {
        setEmail("");
        setName("");
      } else setCsv("");
      await queryClient.invalidateQueries({ queryKey: surveyKeys.invitations(orgId, survey.id) });
      await queryClient.invalidateQueries({ queryKey: surveyKeys.survey(orgId, survey.id) });
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all(orgId), exact: true });
    },
  });
  const readFile = async (file: File | null) => {
    if (file) setCsv(await file.text());
  };

  let table = null;
  if (invitations.isPending) table = <Loading />;
  else if (invitations.isError) table = <ErrorAlert error={invitations.error} />;
  else if (invitations.data.length === 0) table = <EmptyState>{t("invitations.empty")}</EmptyState>;
  else {
    const answered = invitations.data.filter((i) => i.hasResponded).length;
    table = (
      <Stack gap="xs">
        <Text size="sm">
          {t("invitations.summary", { count: invitations.data.length, n: formatNumber(invitations.data.length), answered: formatNumber(answered) })}
        </Text>
        <DataTable
          label={t("invitations.caption")}
          minWidth={640}
          striped
          verticalSpacing="xs"
          columns={[
            t("invitations.email"),
            t("invitations.name"),
            t("invitations.language"),
            t("invitations.answered"),
            { label: t("invitations.reminders"), align: "right" },
            t("invitations.invitedOn"),
          ]}
        >
          {invitations.data.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Th scope="row" fw={500} style={{ overflowWrap: "anywhere" }}>
                {i.email}
              </Table.Th>
              <Table.Td>{i.name || t("common.dash")}</Table.Td>
              <Table.Td>{t(`languages.${i.locale === "en" ? "en" : "fr"}`)}</Table.Td>
              <Table.Td>
                {i.hasResponded ? (
                  <Group gap={4} c="teal.9" wrap="nowrap">
                    <IconCheck size={16} aria-hidden />
                    <Text size="sm">{t("invitations.yes")}</Text>
                  </Group>
                ) : (
                  <Text size="sm" c="dark.6">
                    {t("invitations.notYet")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(i.remindersSent)}</Table.Td>
              <Table.Td>{formatDate(i.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Stack>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="invitations-title">
      <Title order={2} size="h3" id="invitations-title">
        {t("invitations.title")}
      </Title>
      <Text size="sm">{t(survey.isAnonymous ? "invitations.helpAnonymous" : "invitations.helpConfidential", { days: survey.reminderDays.join(", ") })}</Text>
      {survey.status !== "open" && (
        <Text size="sm" c="dark.6">
          {t("invitations.notOpen")}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack
          component="form"
          gap="xs"
          onSubmit={(e: React.FormEvent) => {
            e.preventDefault();
            if (email.trim()) invite.mutate({ recipients: [{ email: email.trim(), name: name.trim(), locale }] });
          }}
        >
          <Title order={3} size="h4">
            {t("invitations.addOne")}
          </Title>
          <TextInput label={t("invitations.email")} type="email" required value={email} autoComplete="off" onChange={(e) => setEmail(e.currentTarget.value)} />
          <TextInput label={t("invitations.name")} value={name} autoComplete="off" onChange={(e) => setName(e.currentTarget.value)} />
          <Select
            label={t("invitations.language")}
            value={locale}
            data={(["fr", "en"] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            onChange={(v) => v && setLocale(v as "fr" | "en")}
            allowDeselect={false}
          />
          <div>
            <Button
              type="submit"
              leftSection={<IconSend size={16} aria-hidden />}
              loading={invite.isPending && invite.variables?.recipients !== undefined}
              disabled={!email.trim()}
            >
              {t("invitations.invite")}
            </Button>
          </div>
        </Stack>
        <Stack
          component="form"
          gap="xs"
          onSubmit={(e: React.FormEvent) => {
            e.preventDefault();
            if (csv.trim()) invite.mutate({ csv });
          }}
        >
          <Title order={3} size="h4">
            {t("invitations.import")}
          </Title>
          <Text size="sm">{t("invitations.csvFormat")}</Text>
          <Code block>{t("invitations.csvExample")}</Code>
          <FileInput
            label={t("invitations.csvFile")}
            accept=".csv,text/csv,text/plain"
            leftSection={<IconFileUpload size={16} aria-hidden />}
            onChange={(file) => void readFile(file)}
            clearable
            clearButtonProps={{ "aria-label": t("invitations.clearCsvFile") }}
          />
          <Textarea
            label={t("invitations.csvPaste")}
            value={csv}
            autosize
            minRows={3}
            maxRows={10}
            onChange={(e) => setCsv(e.currentTarget.value)}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          />
          <div>
            <Button type="submit" variant="default" loading={invite.isPending && invite.variables?.csv !== undefined} disabled={!csv.trim()}>
              {t("invitations.importButton")}
            </Button>
          </div>
        </Stack>
      </SimpleGrid>
      {invite.isError &&
        (isApiError(invite.error) && invite.error.code === "conflict" ? <ErrorAlert message={t("invitations.closed")} /> : <ErrorAlert error={invite.error} />)}
      {report && <ImportReport report={report} />}
      <RemindersPanel orgId={orgId} survey={survey} />
      {table}
    </Stack>
  );
}
