/** /workshops/$workshopId/minutes: the minutes as a page, with the PDF export. */
import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { IconFileTypePdf } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageHeader } from "../../components/ui/page-header";
import { downloadMinutesPdf } from "./minutes-pdf";
import { MinutesView } from "./minutes-view";
import { heldWhen } from "./minutes-when";
import { minutesQuery } from "./workshop-api";
import { WorkshopsGuard } from "./workshops-guard";

function Minutes({ orgId, workshopId }: { orgId: string; workshopId: string }) {
  const { t } = useTranslation("workshops");
  const minutes = useQuery(minutesQuery(orgId, workshopId));
  const [isExporting, setIsExporting] = useState(false);
  if (minutes.isPending) return <Loading />;
  if (minutes.isError) return <ErrorAlert error={minutes.error} />;
  const w = minutes.data.workshop;
  const exportPdf = async () => {
    setIsExporting(true);
    try {
      await downloadMinutesPdf(minutes.data, t);
    } finally {
      setIsExporting(false);
    }
  };
  return (
    <Stack gap="md" maw={1000}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/workshops/$workshopId" params={{ workshopId }} {...props} />}>
        {t("minutes.back", { title: w.title })}
      </Anchor>
      <PageHeader title={t("minutes.title", { title: w.title })} description={[heldWhen(w, t), w.location || null].filter(Boolean).join(" · ")}>
        {w.objective && <Text size="sm">{t("minutes.objective", { objective: w.objective })}</Text>}
        <Group>
          <Button leftSection={<IconFileTypePdf size={16} aria-hidden />} onClick={() => void exportPdf()} loading={isExporting}>
            {t("minutes.pdf")}
          </Button>
        </Group>
      </PageHeader>
      {w.status !== "closed" && <Text c="dark.6">{t("minutes.notClosed")}</Text>}
      <MinutesView minutes={minutes.data} />
    </Stack>
  );
}

export function MinutesPage({ workshopId }: { workshopId: string }) {
  return <WorkshopsGuard>{(orgId) => <Minutes orgId={orgId} workshopId={workshopId} />}</WorkshopsGuard>;
}
