import { Alert, Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import { IconInfoCircle, IconLock } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { outboxContract } from "../../../shared/contracts/outbox.js";
import { pageRequiring, useActiveOrgId } from "../../components/ui/ability-guard";
import { EmptyState } from "../../components/ui/empty-state";
import { PageHeader } from "../../components/ui/page-header";
import { QueryState } from "../../components/ui/query-state";
import { call } from "../../lib/api";
import { formatDateTime } from "../../lib/format";
import { queryKeys } from "../../lib/queries";

function OutboxContent() {
  const { t } = useTranslation();
  const orgId = useActiveOrgId();
  const outbox = useQuery({ queryKey: queryKeys.outbox(orgId), queryFn: () => call(outboxContract.list, { params: { orgId } }) });

  return (
    <Stack maw={900}>
      <PageHeader title={t("outbox.title")} />
      <QueryState query={outbox}>
        {(data) => (
          <>
            <Alert color={data.isSmtpConfigured ? "teal" : "indigo"} icon={<IconInfoCircle aria-hidden />}>
              {data.isSmtpConfigured ? t("outbox.smtpConfigured") : t("outbox.explanation")}
            </Alert>
            {data.items.length === 0 ? (
              <EmptyState>{t("outbox.empty")}</EmptyState>
            ) : (
              data.items.map((mail) => (
                <Card key={mail.id} withBorder radius="md" component="article" aria-label={mail.subject}>
                  <Group justify="space-between" align="flex-start" mb="xs">
                    <Stack gap={2}>
                      <Text fw={600}>{mail.subject}</Text>
                      <Text size="sm">{t("outbox.to", { email: mail.to })}</Text>
                    </Stack>
                    <Stack gap={4} align="flex-end">
                      <Text size="sm" c="dark.6">
                        <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt)}</time>
                      </Text>
                      <Badge variant="light" color="gray">
                        {t(`outbox.status.${mail.status}`)}
                      </Badge>
                    </Stack>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} mb="sm">
                    {mail.body}
                  </Text>
                  {mail.link && /^https?:\/\//i.test(mail.link) ? (
                    <Anchor href={mail.link} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: "anywhere" }}>
                      {t("outbox.openLink")}
                    </Anchor>
                  ) : (
                    <Group gap={6}>
                      <IconLock size={16} aria-hidden />
                      <Text size="sm" c="dark.6">
                        {t("outbox.linkHidden")}
                      </Text>
                    </Group>
                  )}
                </Card>
              ))
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/**
 * E-mails kept here while no SMTP server is configured. A link that signs its recipient in is
 * never shown (the server withholds it): the card says why.
 */
export const OutboxPage = pageRequiring(["outbox.read"], OutboxContent);
