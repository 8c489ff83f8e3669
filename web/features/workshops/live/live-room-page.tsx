/**
 * The live workshop room: header (title, phase, shared timer), connection banner, the current
 * phase's area, and beside it the facilitator's controls, the agenda and who is here. On a phone
 * the phase's area comes first. Refusals from the server are shown as translated notifications.
 */
import { Alert, Box, Grid, Stack, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../../components/ui/loading";
import { notifyError } from "../../../components/ui/notify";
import { applyLocale } from "../../../lib/locale";
import { useMe } from "../../../lib/queries";
import { AgendaList } from "./agenda-list";
import { ConnectionBanner } from "./connection-banner";
import { FacilitatorControls } from "./facilitator-controls";
import { PeoplePanel } from "./people-panel";
import { PhaseArea } from "./phase-area";
import { type Room, RoomContext } from "./room-context";
import { RoomHeader } from "./room-header";
import { useWorkshopSocket } from "./use-workshop-socket";

export function LiveRoomPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation("workshopLive");
  const me = useMe();
  const socket = useWorkshopSocket(workshopId, me.user.id);
  const [localView, setLocalView] = useState("vote");
  const { send, state, role } = socket;

  useEffect(() => {
    applyLocale(me.user.locale);
  }, [me.user.locale]);

  useEffect(() => {
    if (!socket.refusal) return;
    notifyError(t(`refusals.${socket.refusal.code}`, { defaultValue: t("refusals.unknown") }));
  }, [socket.refusal, t]);

  const room = useMemo<Room>(() => {
    const isLead = role === "facilitator" || role === "co_facilitator";
    return {
      ...socket,
      view: localView,
      setView: (view: string) => {
        setLocalView(view);
        // Follow-me: the facilitator's tab is everyone's.
        if (isLead && state.followMe.active && state.followMe.view !== view) send("followMe.set", { active: true, view });
      },
    };
  }, [socket, localView, role, state.followMe, send]);

  useEffect(() => {
    document.title = socket.workshop ? t("documentTitle", { title: socket.workshop.title }) : t("header.fallbackTitle");
  }, [socket.workshop, t]);

  if (!socket.workshop || !socket.hasState)
    return (
      <Box p="md" component="main" maw={720} mx="auto">
        <Stack>
          <Title order={1}>{t("header.fallbackTitle")}</Title>
          {socket.status === "unreachable" || socket.status === "signedOut" || socket.status === "notFound" ? (
            <Alert color="red" title={t(`connection.${socket.status}Title`)} role="alert">
              {t(`connection.${socket.status}`)}
            </Alert>
          ) : (
            <Loading />
          )}
        </Stack>
      </Box>
    );

  return (
    <RoomContext.Provider value={room}>
      <RoomHeader />
      <Box px={{ base: "xs", sm: "md" }} py="md">
        <Stack gap="sm">
          <ConnectionBanner />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8, xl: 9 }}>
              <Box component="main" aria-label={t("main.label")}>
                <PhaseArea />
              </Box>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4, xl: 3 }}>
              <Stack component="aside" aria-label={t("aside.label")} gap="sm">
                <FacilitatorControls />
                <AgendaList />
                <PeoplePanel />
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      </Box>
    </RoomContext.Provider>
  );
}
