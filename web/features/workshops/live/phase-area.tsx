/** The main area: what the current phase asks of everyone (or the waiting room, or the closing). */
import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { phaseDescription, phaseName } from "../phase-name";
import { BoardPanel } from "./phases/board-panel";
import { ClosingPanel } from "./phases/closing-panel";
import { ConsolidationPanel } from "./phases/consolidation-panel";
import { OpeningPanel } from "./phases/opening-panel";
import { PrioritisationPanel } from "./phases/prioritisation-panel";
import { WritingPanel } from "./phases/writing-panel";
import { ReadyToggle } from "./ready-toggle";
import { useAbilities, useRoom } from "./room-context";

export function PhaseArea() {
  useTranslation("workshopLive"); // re-renders when the language changes: the phase names follow it
  const { state } = useRoom();
  const { phase, isProducer, isFacilitator } = useAbilities();
  const shown = state.status === "closed" ? "closing" : state.status === "waiting" ? "opening" : (phase ?? "opening");
  const panel = {
    opening: <OpeningPanel />,
    divergence: <WritingPanel />,
    sharing: state.revealed ? <BoardPanel /> : <WritingPanel />,
    convergence: <BoardPanel />,
    consolidation: <ConsolidationPanel />,
    prioritisation: <PrioritisationPanel />,
    closing: <ClosingPanel />,
  }[shown];
  return (
    <Stack gap="sm">
      <div>
        <Title order={2} size="h3">
          {phaseName(shown)}
        </Title>
        <Text c="dark.6">{phaseDescription(shown)}</Text>
      </div>
      {/* Participants say when they are done; the facilitator moves on (and sees who is). */}
      {state.status === "live" && shown !== "closing" && isProducer && !isFacilitator && <ReadyToggle />}
      {panel}
    </Stack>
  );
}
