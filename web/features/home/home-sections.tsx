/** The parts of the start page: what needs me now, this week, recent journeys, the latest NPS. Text only: no chart on the first page. */
import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Home } from "../../../shared/schemas/home.js";
import { EmptyState } from "../../components/ui/empty-state";
import { TitledSection } from "../../components/ui/titled-section";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { formatMonth, formatSigned } from "../surveys/score-format";

/** A short list of items, each a link to its page with a line under it. */
function ItemList({ children }: { children: ReactNode }) {
  return (
    <List listStyleType="none" spacing="xs" ml={0} pl={0}>
      {children}
    </List>
  );
}

function Item({ link, detail, badge }: { link: ReactNode; detail: ReactNode; badge?: ReactNode }) {
  return (
    <List.Item>
      <Group gap="xs" wrap="nowrap" align="baseline">
        {link}
        {badge}
      </Group>
      <Text size="sm" c="dark.5">
        {detail}
      </Text>
    </List.Item>
  );
}

/** One count of the to-do summary. */
function Count({ value, label }: { value: number; label: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text fz={28} fw={700} lh={1.1}>
        {formatNumber(value)}
      </Text>
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {label}
      </Text>
    </Paper>
  );
}

export function ToDo({ home }: { home: Home }) {
  const { t } = useTranslation();
  const { followUps, actions, closingSurveys } = home;
  const total = (followUps?.count ?? 0) + (actions?.count ?? 0) + (closingSurveys?.count ?? 0);
  return (
    <TitledSection id="home-todo" title={t("home.todo.title")} gap="sm">
      {total > 0 && (
        <SimpleGrid cols={3} spacing="xs">
          {followUps && <Count value={followUps.count} label={t("home.todo.followUps", { count: followUps.count })} />}
          {actions && <Count value={actions.count} label={t("home.todo.actions", { count: actions.count })} />}
          {closingSurveys && <Count value={closingSurveys.count} label={t("home.todo.surveys", { count: closingSurveys.count })} />}
        </SimpleGrid>
      )}
      {total === 0 ? (
        <EmptyState>{t("home.todo.empty")}</EmptyState>
      ) : (
        <ItemList>
          {followUps?.items.map((task) => (
            <Item
              key={task.id}
              link={
                <Anchor renderRoot={(props) => <Link to="/surveys" {...props} />}>
                  {t("home.todo.followUp", { step: task.stepTitle ?? t("home.todo.noStep") })}
                </Anchor>
              }
              detail={t("home.todo.followUpDetail", { service: task.ownerService || t("home.todo.noService"), date: formatDate(task.dueOn) })}
            />
          ))}
          {actions?.items.map((action) => (
            <Item
              key={action.id}
              link={<Anchor renderRoot={(props) => <Link to="/workshops/actions" {...props} />}>{action.title}</Anchor>}
              badge={
                action.isOverdue ? (
                  <Badge color="red.8" variant="light">
                    {t("home.todo.overdue")}
                  </Badge>
                ) : undefined
              }
              detail={action.dueDate ? t("home.todo.actionDue", { date: formatDate(action.dueDate) }) : t("home.todo.actionNoDue")}
            />
          ))}
          {closingSurveys?.items.map((survey) => (
            <Item
              key={survey.id}
              link={
                <Anchor renderRoot={(props) => <Link to="/surveys/$surveyId" params={{ surveyId: survey.id }} search={{ tab: "diffusion" }} {...props} />}>
                  {survey.title}
                </Anchor>
              }
              detail={t("home.todo.surveyCloses", { date: formatDate(survey.closesAt), count: survey.responseCount, responses: formatNumber(survey.responseCount) })}
            />
          ))}
        </ItemList>
      )}
    </TitledSection>
  );
}

export function ThisWeek({ home, canPlan }: { home: Home; canPlan: boolean }) {
  const { t } = useTranslation();
  return (
    <TitledSection id="home-week" title={t("home.week.title")} gap="sm">
      {home.workshops.count === 0 ? (
        <EmptyState>
          {t("home.week.empty")}{" "}
          {canPlan && (
            <Anchor underline="always" renderRoot={(props) => <Link to="/workshops/new" {...props} />}>
              {t("home.week.plan")}
            </Anchor>
          )}
        </EmptyState>
      ) : (
        <ItemList>
          {home.workshops.items.map((workshop) => (
            <Item
              key={workshop.id}
              link={
                <Anchor renderRoot={(props) => <Link to="/workshops/$workshopId" params={{ workshopId: workshop.id }} {...props} />}>{workshop.title}</Anchor>
              }
              badge={
                workshop.status === "live" ? (
                  <Badge color="teal.9" variant="light">
                    {t("home.week.live")}
                  </Badge>
                ) : undefined
              }
              detail={[workshop.scheduledAt ? formatDateTime(workshop.scheduledAt) : t("home.week.noDate"), workshop.location].filter(Boolean).join(" · ")}
            />
          ))}
        </ItemList>
      )}
    </TitledSection>
  );
}

export function RecentJourneys({ journeys, canEdit }: { journeys: NonNullable<Home["journeys"]>; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <TitledSection id="home-journeys" title={t("home.journeys.title")} gap="sm">
      {journeys.count === 0 ? (
        <EmptyState>
          <Stack gap="xs" component="span">
            <span>{canEdit ? t("home.journeys.emptyEditor") : t("home.journeys.empty")}</span>
            {canEdit && (
              <Button component="span" w="fit-content" renderRoot={(props) => <Link to="/journeys" {...props} />}>
                {t("home.journeys.fromTemplate")}
              </Button>
            )}
          </Stack>
        </EmptyState>
      ) : (
        <ItemList>
          {journeys.items.map((journey) => (
            <Item
              key={journey.id}
              link={<Anchor renderRoot={(props) => <Link to="/journeys/$journeyId" params={{ journeyId: journey.id }} {...props} />}>{journey.title}</Anchor>}
              detail={[journey.programmeTitle, t("home.journeys.changed", { date: formatDate(journey.updatedAt) })].filter(Boolean).join(" · ")}
            />
          ))}
          {journeys.count > journeys.items.length && (
            <List.Item>
              <Anchor renderRoot={(props) => <Link to="/journeys" {...props} />}>{t("home.journeys.all", { count: journeys.count })}</Anchor>
            </List.Item>
          )}
        </ItemList>
      )}
    </TitledSection>
  );
}

export function LatestNps({ nps, canManage }: { nps: NonNullable<Home["nps"]>; canManage: boolean }) {
  const { t } = useTranslation();
  const { overall, latest } = nps;
  const noAnswers = overall.status === "too_few" && overall.n === 0;
  return (
    <TitledSection id="home-nps" title={t("home.nps.title")} gap="sm">
      {noAnswers ? (
        <EmptyState>
          <Stack gap="xs" component="span">
            <span>{canManage ? t("home.nps.emptyManager") : t("home.nps.empty")}</span>
            {canManage && (
              <Button component="span" w="fit-content" renderRoot={(props) => <Link to="/surveys/new" {...props} />}>
                {t("home.nps.firstSurvey")}
              </Button>
            )}
          </Stack>
        </EmptyState>
      ) : (
        <Stack gap={4}>
          {overall.status === "ok" ? (
            <Text>
              <Text span fz={28} fw={700}>
                {formatSigned(overall.value.nps)}
              </Text>{" "}
              {t("home.nps.people", { count: overall.people, n: formatNumber(overall.people) })}
            </Text>
          ) : (
            <Text>{t("home.nps.tooFew", { count: overall.n, n: formatNumber(overall.n), minimum: nps.minGroupSize })}</Text>
          )}
          {latest && (
            <Text size="sm" c="dark.5">
              {latest.result.status === "ok"
                ? t("home.nps.latest", { month: formatMonth(latest.month), nps: formatSigned(latest.result.value.nps), n: formatNumber(latest.result.people) })
                : t("home.nps.latestTooFew", { month: formatMonth(latest.month), n: formatNumber(latest.result.n) })}
            </Text>
          )}
          <Anchor w="fit-content" renderRoot={(props) => <Link to="/surveys" {...props} />}>
            {t("home.nps.link")}
          </Anchor>
        </Stack>
      )}
    </TitledSection>
  );
}
