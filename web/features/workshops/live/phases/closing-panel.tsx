/**
 * Closing: decisions, actions (title, owner picked among the participants or a name typed, due date
 * from today), the round of feelings (a word or two, kept as typed); the minutes once closed.
 */
import { ActionIcon, Anchor, Badge, Button, Card, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconFileText, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { IconLabel } from "../../../../components/ui/icon-label";
import { todayInOrganisation } from "../../../../../shared/workshops/rules.js";
import { formatDate } from "../../../../lib/format";
import { newId } from "../outbox";
import { useAbilities, useRoom } from "../room-context";

/** A card of the closing phase listing what the room decided (decisions, actions), each removable by the facilitator, and the form to add one. */
function ClosingListCard<T extends { id: string }>(props: {
  id: string;
  title: string;
  items: T[];
  emptyText: string;
  canEdit: boolean;
  removeLabel: (item: T) => string;
  onRemove: (item: T) => void;
  renderItem: (item: T) => ReactNode;
  /** The form that adds an item (shown only to whoever may edit). */
  children: ReactNode;
}) {
  const { id, title, items, emptyText, canEdit, removeLabel, onRemove, renderItem, children } = props;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }} mb={canEdit ? "sm" : 0}>
        {items.map((item) => (
          <Group key={item.id} component="li" justify="space-between" wrap="nowrap" align="flex-start">
            {renderItem(item)}
            {canEdit && (
              <ActionIcon variant="subtle" color="red" aria-label={removeLabel(item)} onClick={() => onRemove(item)}>
                <IconTrash size={14} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {items.length === 0 && (
          <Text component="li" size="sm" c="dark.6">
            {emptyText}
          </Text>
        )}
      </Stack>
      {canEdit && children}
    </Card>
  );
}

function Decisions() {
  const { t } = useTranslation("workshopLive");
  const { state, send } = useRoom();
  const { isFacilitator } = useAbilities();
  const [text, setText] = useState("");
  const canEdit = isFacilitator && state.status === "live";
  return (
    <ClosingListCard
      id="decisions-title"
      title={t("closing.decisions", { count: state.decisions.length })}
      items={state.decisions}
      emptyText={t("closing.noDecision")}
      canEdit={canEdit}
      removeLabel={(decision) => t("closing.removeDecision", { text: decision.text })}
      onRemove={(decision) => send("decision.remove", { decisionId: decision.id })}
      renderItem={(decision) => <Text style={{ overflowWrap: "anywhere" }}>{decision.text}</Text>}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          send("decision.add", { decisionId: newId(), text: text.trim() });
          setText("");
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t("closing.decisionLabel")}
            value={text}
            maxLength={500}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: "1 1 14rem" }}
          />
          <Button type="submit" disabled={!text.trim()}>
            {t("closing.addDecision")}
          </Button>
        </Group>
      </form>
    </ClosingListCard>
  );
}

/** The owner picker's choice for "someone else": a name typed (a named outsider once the workshop is closed). */
const otherOwner = "other";

function Actions() {
  const { t } = useTranslation("workshopLive");
  const { state, send } = useRoom();
  const { isFacilitator } = useAbilities();
  const empty = { title: "", owner: null as string | null, ownerName: "", dueDate: "" };
  const [draft, setDraft] = useState(empty);
  const canEdit = isFacilitator && state.status === "live";
  const isDuePast = draft.dueDate !== "" && draft.dueDate < todayInOrganisation();
  const people = Object.values(state.participants).sort((a, b) => a.name.localeCompare(b.name));
  const picked = draft.owner && draft.owner !== otherOwner ? state.participants[draft.owner] : undefined;
  const ownerOptions = [
    { group: t("closing.ownerParticipants"), items: people.map((p) => ({ value: p.id, label: p.name })) },
    { group: t("closing.ownerOthers"), items: [{ value: otherOwner, label: t("closing.ownerOther") }] },
  ];
  return (
    <ClosingListCard
      id="actions-title"
      title={t("closing.actions", { count: state.actions.length })}
      items={state.actions}
      emptyText={t("closing.noAction")}
      canEdit={canEdit}
      removeLabel={(action) => t("closing.removeAction", { title: action.title })}
      onRemove={(action) => send("action.remove", { actionId: action.id })}
      renderItem={(action) => (
        <div style={{ minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: "anywhere" }}>
            {action.title}
          </Text>
          <Text size="sm" c="dark.6">
            {[action.ownerName || t("closing.noOwner"), action.dueDate ? t("closing.due", { date: formatDate(action.dueDate) }) : t("closing.noDue")].join(
              " · ",
            )}
          </Text>
        </div>
      )}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!draft.title.trim() || isDuePast) return;
          const ownerName = picked ? picked.name : draft.owner === otherOwner ? draft.ownerName.trim() : "";
          send("action.add", { actionId: newId(), title: draft.title.trim(), ownerName, ownerParticipantId: picked?.id ?? null, dueDate: draft.dueDate || null });
          setDraft(empty);
        }}
      >
        <Stack gap="xs">
          <TextInput
            label={t("closing.actionTitle")}
            value={draft.title}
            maxLength={300}
            onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          />
          <Group grow align="flex-end" gap="xs">
            <Select
              label={t("closing.owner")}
              data={ownerOptions}
              value={draft.owner}
              onChange={(owner) => setDraft({ ...draft, owner })}
              searchable
              clearable
              nothingFoundMessage={t("closing.noOwnerMatch")}
            />
            {draft.owner === otherOwner && (
              <TextInput
                label={t("closing.ownerName")}
                value={draft.ownerName}
                maxLength={120}
                onChange={(e) => setDraft({ ...draft, ownerName: e.currentTarget.value })}
              />
            )}
            <TextInput
              label={t("closing.dueDate")}
              type="date"
              min={todayInOrganisation()}
              error={isDuePast ? t("refusals.due_date_past") : undefined}
              value={draft.dueDate}
              onChange={(e) => setDraft({ ...draft, dueDate: e.currentTarget.value })}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" disabled={!draft.title.trim() || isDuePast}>
              {t("closing.addAction")}
            </Button>
          </Group>
        </Stack>
      </form>
    </ClosingListCard>
  );
}

function Feelings() {
  const { t } = useTranslation("workshopLive");
  const { state, send } = useRoom();
  const { myId } = useAbilities();
  const [word, setWord] = useState("");
  const words = Object.values(state.feelings);
  const canSay = state.status === "live" && Boolean(myId);
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="feelings-title">
      <Title order={2} size="h4" id="feelings-title" mb="xs">
        {t("closing.feelings")}
      </Title>
      {canSay && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // Kept as typed ("Enfin écoutée"): a word or two, up to the 40 characters the field allows.
            const said = word.trim().replace(/\s+/g, " ");
            if (!said) return;
            send("feeling.set", { word: said.slice(0, 40) });
            setWord("");
          }}
        >
          <Group align="flex-end" gap="xs" mb="sm">
            <TextInput
              label={state.feelings[myId] ? t("closing.myFeelingChange", { word: state.feelings[myId] }) : t("closing.myFeeling")}
              value={word}
              maxLength={40}
              onChange={(e) => setWord(e.currentTarget.value)}
              style={{ flex: "1 1 12rem" }}
            />
            <Button type="submit" disabled={!word.trim()}>
              {t("closing.sayIt")}
            </Button>
          </Group>
        </form>
      )}
      <Group gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label={t("closing.wordList")}>
        {words.map((w, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same word may be said twice; order is stable
          <Badge key={`${w}-${index}`} component="li" size="lg" variant="light" color="grape" style={{ textTransform: "none" }}>
            {w}
          </Badge>
        ))}
        {words.length === 0 && (
          <Text component="li" size="sm" c="dark.6">
            {t("closing.noFeeling")}
          </Text>
        )}
      </Group>
    </Card>
  );
}

export function ClosingPanel() {
  const { t } = useTranslation("workshopLive");
  const { state, workshop } = useRoom();
  return (
    <Stack>
      {state.status === "closed" && workshop && (
        <Card withBorder radius="md" bg="teal.0">
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{t("closing.closed")}</Text>
            <Anchor href={`/workshops/${encodeURIComponent(workshop.id)}/minutes`} fw={600}>
              <IconLabel icon={IconFileText} size={18}>
                {t("closing.minutesLink")}
              </IconLabel>
            </Anchor>
          </Group>
        </Card>
      )}
      <Decisions />
      <Actions />
      <Feelings />
    </Stack>
  );
}
