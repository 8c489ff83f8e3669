/** Prioritisation: dot voting, the impact–effort matrix and multi-criteria scoring, as tabs (follow-me aware). */
import { Alert, Tabs } from "@mantine/core";
import { IconChartDots, IconCircleDot, IconListNumbers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useAbilities, useRoom } from "../room-context";
import { DotVoting } from "./dot-voting";
import { ImpactEffortMatrix } from "./impact-effort-matrix";
import { MultiCriteriaScoring } from "./multi-criteria-scoring";

export const prioritisationViews = ["vote", "matrix", "scoring"] as const;

export function PrioritisationPanel() {
  const { t } = useTranslation("workshopLive");
  const room = useRoom();
  const { isFacilitator } = useAbilities();
  const follows = room.state.followMe.active && !isFacilitator;
  const wanted = follows ? room.state.followMe.view : room.view;
  const value = (prioritisationViews as readonly string[]).includes(wanted) ? wanted : "vote";
  return (
    <>
      {follows && (
        <Alert color="indigo" variant="light" mb="sm" p="xs">
          {t("followMe.following")}
        </Alert>
      )}
      <Tabs value={value} onChange={(next) => next && !follows && room.setView(next)} keepMounted={false}>
        <Tabs.List mb="md" grow>
          <Tabs.Tab value="vote" leftSection={<IconCircleDot size={16} aria-hidden />}>
            {t("prioritisation.vote")}
          </Tabs.Tab>
          <Tabs.Tab value="matrix" leftSection={<IconChartDots size={16} aria-hidden />}>
            {t("prioritisation.matrix")}
          </Tabs.Tab>
          <Tabs.Tab value="scoring" leftSection={<IconListNumbers size={16} aria-hidden />}>
            {t("prioritisation.scoring")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="vote">
          <DotVoting />
        </Tabs.Panel>
        <Tabs.Panel value="matrix">
          <ImpactEffortMatrix />
        </Tabs.Panel>
        <Tabs.Panel value="scoring">
          <MultiCriteriaScoring />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
