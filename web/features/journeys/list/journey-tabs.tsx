/**
 * Header shared by a journey's pages: breadcrumb back to the list, the page's single h1, and
 * links between the journey's views (map, impact graph & domino, versions). The map page uses
 * `JourneyTabs` in its toolbar too.
 */
import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconChartDots3, IconHistory, IconLayoutBoard } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export type JourneyView = "map" | "graph" | "versions";

const linkProps = { size: "sm", radius: "xl" } as const;

/** Links to the three views of one journey; the current one is marked for assistive technologies. */
export function JourneyTabs({ journeyId, current }: { journeyId: string; current: JourneyView }) {
  const { t } = useTranslation("journeys");
  const variant = (view: JourneyView) => (view === current ? "filled" : "default");
  const ariaCurrent = (view: JourneyView) => (view === current ? ("page" as const) : undefined);
  return (
    <Group component="nav" aria-label={t("tabs.label")} gap="xs">
      <Button
        {...linkProps}
        variant={variant("map")}
        aria-current={ariaCurrent("map")}
        leftSection={<IconLayoutBoard size={16} aria-hidden />}
        renderRoot={(props) => <Link to="/journeys/$journeyId" params={{ journeyId }} {...props} />}
      >
        {t("tabs.map")}
      </Button>
      <Button
        {...linkProps}
        variant={variant("graph")}
        aria-current={ariaCurrent("graph")}
        leftSection={<IconChartDots3 size={16} aria-hidden />}
        renderRoot={(props) => <Link to="/journeys/$journeyId/graph" params={{ journeyId }} {...props} />}
      >
        {t("tabs.graph")}
      </Button>
      <Button
        {...linkProps}
        variant={variant("versions")}
        aria-current={ariaCurrent("versions")}
        leftSection={<IconHistory size={16} aria-hidden />}
        renderRoot={(props) => <Link to="/journeys/$journeyId/versions" params={{ journeyId }} {...props} />}
      >
        {t("tabs.versions")}
      </Button>
    </Group>
  );
}

/** Breadcrumb, h1 ("Versions — journey title") with a description, and the view links. */
export function JourneyPageHeader({
  journeyId,
  journeyTitle,
  view,
  description,
  children,
}: {
  journeyId: string;
  journeyTitle: string;
  view: JourneyView;
  description?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation("journeys");
  return (
    <Stack gap="sm" mb="lg">
      <nav aria-label={t("tabs.breadcrumb")}>
        <Group component="ol" gap={6} wrap="nowrap" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          <li style={{ flexShrink: 0 }}>
            <Anchor size="sm" renderRoot={(props) => <Link to="/journeys" {...props} />}>
              {t("list.title")}
            </Anchor>
          </li>
          <li aria-hidden style={{ flexShrink: 0 }}>
            <Text size="sm" c="dark.6" span>
              ›
            </Text>
          </li>
          <li style={{ minWidth: 0 }}>
            <Text size="sm" c="dark.6" truncate="end" aria-current="page">
              {journeyTitle}
            </Text>
          </li>
        </Group>
      </nav>
      <Title order={1} style={{ overflowWrap: "anywhere" }}>
        {t(`tabs.pageTitle.${view}`, { title: journeyTitle })}
      </Title>
      {description && <Text c="dark.6">{description}</Text>}
      <JourneyTabs journeyId={journeyId} current={view} />
      {children}
    </Stack>
  );
}
