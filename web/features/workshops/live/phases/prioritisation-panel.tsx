/**
 * Prioritisation: dot voting, the impact–effort matrix and multi-criteria scoring, as tabs (follow-me
 * aware). Under follow-me a participant's tab is the facilitator's: clicking another one says so,
 * politely, instead of doing nothing.
 */
import { Alert, Tabs, Text } from "@mantine/core";
import { IconChartDots, IconCircleDot, IconListNumbers } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAbilities, useRoom } from "../room-context";
import { DotVoting } from "./dot-voting";
import { ImpactEffortMatrix } from "./impact-effort-matrix";
import { MultiCriteriaScoring } from "./multi-criteria-scoring";

export const prioritisationViews = ["vote", "matrix", "scoring"] as const;

/** How long the "the facilitator is guiding the view" message stays after a click. */
const nudgeMs = 6000;

export function PrioritisationPanel() {
  const { t } = useTranslation("workshopLive");
  const room = useRoom();
  const { isFacilitator } = useAbilities();
  const follows = room.state.followMe.active && !isFacilitator;
  const wanted = follows ? room.state.followMe.view : room.view;
  const value = (prioritisationViews as readonly string[]).includes(wanted) ? wanted : "vote";
  const [nudged, setNudged] = useState(0);
  useEffect(() => {
    if (!nudged) return;
    const timeout = setTimeout(() => setNudged(0), nudgeMs);
    return () => clearTimeout(timeout);
  }, [nudged]);
  const choose = (next: string | null) => {
    if (!next || next === value) return;
    if (follows) setNudged((count) => count + 1);
    else room.setView(next);
  };
  return (
    <>
      {follows && (
        <Alert color="indigo" variant="light" mb="sm" p="xs">
          {t("followMe.following")}
        </Alert>
      )}
      <Tabs value={value} onChange={choose} keepMounted={false}>
        <Tabs.List mb={follows && nudged ? "xs" : "md"} grow>
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
        {/* Always there, so that screen readers hear the message when it appears. */}
        <Text role="status" size="sm" c="indigo.9" mb={follows && nudged ? "md" : 0}>
          {follows && nudged ? t("followMe.guided") : ""}
        </Text>
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
