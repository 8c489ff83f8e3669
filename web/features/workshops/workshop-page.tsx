/**
 * /workshops/$workshopId: one workshop. Its header says when, where and what, with the way into
 * the live room; tabs hold the preparation (participants), the settings, the facts pack, the
 * merge into the journey and the photos.
 */
import { Alert, Anchor, Button, Group, Stack, Tabs, Text } from "@mantine/core";
import { IconArchive, IconArchiveOff, IconCalendarDown, IconFileText, IconMailCheck, IconMailForward, IconPlayerPlay, IconTrash } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Workshop } from "../../../shared/schemas/workshops.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifySuccess } from "../../components/ui/notify";
import { PageHeader } from "../../components/ui/page-header";
import { call } from "../../lib/api";
import { formatDateTime } from "../../lib/format";
import { FactsSection } from "./facts-section";
import { MergeSection } from "./merge-section";
import { ParticipantsSection } from "./participants-section";
import { PhotosSection } from "./photos-section";
import { FormatBadge, StatusBadge } from "./workshop-badges";
import { draftOf, type WorkshopDraft, WorkshopForm } from "./workshop-form";
import { invitationUrl, workshopKeys, workshopParams, workshopQuery, workshopsContract } from "./workshop-api";
import { WorkshopsGuard } from "./workshops-guard";

export const workshopTabs = ["preparation", "settings", "facts", "merge", "photos"] as const;
export type WorkshopTab = (typeof workshopTabs)[number];

function BriefStatus({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation("workshops");
  if (workshop.status === "closed" || workshop.status === "live") return null;
  if (workshop.briefSentAt) {
    // Said per participant (the list shows who received it and when), not as a claim about everyone.
    const sent = workshop.participants.filter((p) => p.convocationSentAt).length;
    return (
      <Alert color={sent === workshop.participants.length ? "teal" : "yellow"} icon={<IconMailCheck aria-hidden />}>
        {t("brief.sentTo", { count: sent, total: workshop.participants.length })}
      </Alert>
    );
  }
  if (workshop.status === "scheduled" && workshop.scheduledAt) {
    const at = new Date(Math.max(Date.now(), new Date(workshop.scheduledAt).getTime() - 7 * 86_400_000));
    return (
      <Alert color="indigo" icon={<IconMailForward aria-hidden />}>
        {t("brief.planned", { date: formatDateTime(at.toISOString()), count: workshop.participants.length })}
      </Alert>
    );
  }
  return (
    <Alert color="gray" icon={<IconMailForward aria-hidden />}>
      {t("brief.draft")}
    </Alert>
  );
}

function WorkshopContent({ orgId, workshopId, tab }: { orgId: string; workshopId: string; tab: WorkshopTab }) {
  const { t } = useTranslation("workshops");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery(workshopQuery(orgId, workshopId));
  const onSaved = (next: Workshop) => {
    queryClient.setQueryData(workshopKeys.one(orgId, workshopId), next);
    void queryClient.invalidateQueries({ queryKey: workshopKeys.all(orgId) });
  };
  const update = useMutation({
    mutationFn: (draft: WorkshopDraft) => call(workshopsContract.update, { params: workshopParams(orgId, workshopId), body: draft }),
    onSuccess: (next) => {
      onSaved(next);
      notifySuccess(t("form.saved"));
    },
  });
  const archive = useMutation({
    mutationFn: (isArchived: boolean) =>
      call(isArchived ? workshopsContract.archive : workshopsContract.unarchive, { params: workshopParams(orgId, workshopId) }),
    onSuccess: onSaved,
  });
  const remove = useMutation({
    mutationFn: () => call(workshopsContract.remove, { params: workshopParams(orgId, workshopId) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: workshopKeys.all(orgId) });
      void navigate({ to: "/workshops" });
    },
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const workshop = query.data;
  const setTab = (next: string | null) =>
    void navigate({ to: "/workshops/$workshopId", params: { workshopId }, search: { tab: (next ?? "preparation") as WorkshopTab }, replace: true });
  const hasRun = workshop.status === "live" || workshop.status === "closed";
  const description = [
    workshop.scheduledAt ? formatDateTime(workshop.scheduledAt) : t("list.noDate"),
    workshop.location || null,
    workshop.journeyTitle ? t("page.onJourney", { journey: workshop.journeyTitle }) : null,
  ]
    .filter(Boolean)
    .join(" · ");

  return (
    <Stack gap="md">
      <Anchor size="sm" renderRoot={(props) => <Link to="/workshops" {...props} />}>
        {t("page.back")}
      </Anchor>
      <PageHeader title={workshop.title} description={description}>
        <Group gap={6}>
          <FormatBadge format={workshop.format} />
          <StatusBadge status={workshop.status} archived={!!workshop.archivedAt} />
        </Group>
        {workshop.objective && <Text>{t("page.objective", { objective: workshop.objective })}</Text>}
        <Group gap="sm" wrap="wrap">
          {workshop.status !== "closed" && (
            <Button
              component="a"
              href={`/workshops/${workshop.id}/live`}
              size="md"
              color={workshop.status === "live" ? "red" : "indigo"}
              leftSection={<IconPlayerPlay size={18} aria-hidden />}
            >
              {workshop.status === "live" ? t("page.joinLive") : t("page.openRoom")}
            </Button>
          )}
          {hasRun && (
            <Button
              variant={workshop.status === "closed" ? "filled" : "light"}
              leftSection={<IconFileText size={16} aria-hidden />}
              renderRoot={(props) => <Link to="/workshops/$workshopId/minutes" params={{ workshopId }} {...props} />}
            >
              {t("page.minutes")}
            </Button>
          )}
          {workshop.scheduledAt && (
            <Button variant="default" component="a" href={invitationUrl(orgId, workshop.id)} download leftSection={<IconCalendarDown size={16} aria-hidden />}>
              {t("page.ics")}
            </Button>
          )}
          {workshop.canManage && workshop.status !== "live" && (
            <Button
              variant="subtle"
              color="gray"
              leftSection={workshop.archivedAt ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}
              onClick={() => archive.mutate(!workshop.archivedAt)}
              loading={archive.isPending}
            >
              {workshop.archivedAt ? t("page.unarchive") : t("page.archive")}
            </Button>
          )}
          {workshop.canManage && !hasRun && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => window.confirm(t("page.deleteConfirm", { title: workshop.title })) && remove.mutate()}
              loading={remove.isPending}
            >
              {t("page.delete")}
            </Button>
          )}
        </Group>
      </PageHeader>
      <ErrorAlert error={archive.error ?? remove.error} />
      <BriefStatus workshop={workshop} />

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="preparation">{t("tabs.preparation")}</Tabs.Tab>
          {workshop.canManage && !hasRun && <Tabs.Tab value="settings">{t("tabs.settings")}</Tabs.Tab>}
          <Tabs.Tab value="facts">{t("tabs.facts")}</Tabs.Tab>
          {workshop.canManage && hasRun && <Tabs.Tab value="merge">{t("tabs.merge")}</Tabs.Tab>}
          <Tabs.Tab value="photos">{t("tabs.photos")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="preparation" pt="md">
          <Stack gap="md">
            <Text size="sm">
              <strong>{t("page.question")}</strong> {workshop.preparationQuestion}
            </Text>
            <ParticipantsSection orgId={orgId} workshop={workshop} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <WorkshopForm
            key={workshop.id}
            orgId={orgId}
            initial={draftOf(workshop, workshop.locale)}
            submitLabel={t("form.save")}
            isPending={update.isPending}
            error={update.error}
            onSubmit={(draft) => update.mutate(draft)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="facts" pt="md">
          <FactsSection orgId={orgId} workshopId={workshopId} />
        </Tabs.Panel>
        <Tabs.Panel value="merge" pt="md">
          <MergeSection orgId={orgId} workshop={workshop} />
        </Tabs.Panel>
        <Tabs.Panel value="photos" pt="md">
          <PhotosSection orgId={orgId} workshopId={workshopId} canManage={workshop.canManage} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export function WorkshopPage({ workshopId, tab }: { workshopId: string; tab: WorkshopTab }) {
  return <WorkshopsGuard>{(orgId) => <WorkshopContent orgId={orgId} workshopId={workshopId} tab={tab} />}</WorkshopsGuard>;
}
