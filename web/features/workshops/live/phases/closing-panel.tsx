/** Closing: decisions, actions (title, owner, due date), the round of one-word feelings; the minutes once closed. */
import { ActionIcon, Anchor, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconFileText, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { newId } from "../outbox";
import { useAbilities, useRoom } from "../room-context";

function Decisions() {
  const { t } = useTranslation("workshopLive");
  const { state, send } = useRoom();
  const { isFacilitator } = useAbilities();
  const [text, setText] = useState("");
  const canEdit = isFacilitator && state.status === "live";
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="decisions-title">
      <Title order={2} size="h4" id="decisions-title" mb="xs">
        {t("closing.decisions", { count: state.decisions.length })}
      </Title>
      <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }} mb={canEdit ? "sm" : 0}>
        {state.decisions.map((decision) => (
          <Group key={decision.id} component="li" justify="space-between" wrap="nowrap">
            <Text style={{ overflowWrap: "anywhere" }}>{decision.text}</Text>
            {canEdit && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t("closing.removeDecision", { text: decision.text })}
                onClick={() => send("decision.remove", { decisionId: decision.id })}
              >
                <IconTrash size={14} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {state.decisions.length === 0 && (
          <Text component="li" size="sm" c="dark.6">
            {t("closing.noDecision")}
          </Text>
        )}
      </Stack>
      {canEdit && (
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
      )}
    </Card>
  );
}

function Actions() {
  const { t } = useTranslation("workshopLive");
  const { state, send } = useRoom();
  const { isFacilitator } = useAbilities();
  const [draft, setDraft] = useState({ title: "", ownerName: "", dueDate: "" });
  const canEdit = isFacilitator && state.status === "live";
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="actions-title">
      <Title order={2} size="h4" id="actions-title" mb="xs">
        {t("closing.actions", { count: state.actions.length })}
      </Title>
      <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }} mb={canEdit ? "sm" : 0}>
        {state.actions.map((action) => (
          <Group key={action.id} component="li" justify="space-between" wrap="nowrap" align="flex-start">
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
            {canEdit && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t("closing.removeAction", { title: action.title })}
                onClick={() => send("action.remove", { actionId: action.id })}
              >
                <IconTrash size={14} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {state.actions.length === 0 && (
          <Text component="li" size="sm" c="dark.6">
            {t("closing.noAction")}
          </Text>
        )}
      </Stack>
      {canEdit && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!draft.title.trim()) return;
            send("action.add", { actionId: newId(), title: draft.title.trim(), ownerName: draft.ownerName.trim(), dueDate: draft.dueDate || null });
            setDraft({ title: "", ownerName: "", dueDate: "" });
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
              <TextInput
                label={t("closing.owner")}
                value={draft.ownerName}
                maxLength={120}
                onChange={(e) => setDraft({ ...draft, ownerName: e.currentTarget.value })}
              />
              <TextInput
                label={t("closing.dueDate")}
                type="date"
                value={draft.dueDate}
                onChange={(e) => setDraft({ ...draft, dueDate: e.currentTarget.value })}
              />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" disabled={!draft.title.trim()}>
                {t("closing.addAction")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
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
            const oneWord = word.trim().split(/\s+/)[0] ?? "";
            if (!oneWord) return;
            send("feeling.set", { word: oneWord.slice(0, 40) });
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
              <Group gap={4} component="span">
                <IconFileText size={18} aria-hidden />
                {t("closing.minutesLink")}
              </Group>
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
