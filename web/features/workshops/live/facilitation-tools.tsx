/** The facilitator's less frequent tools: sub-groups, handing over or sharing facilitation, closing. */
import { Alert, Button, Group, List, Modal, Select, Stack, Text } from "@mantine/core";
import { IconDoorExit, IconUsersGroup } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { maxProducingParticipants, suggestSubGroups } from "../../../../shared/workshops/formats.js";
import { ConfirmModal } from "../../../components/ui/confirm-modal";
import { FormActions } from "../../../components/ui/form-actions";
import { newId } from "./outbox";
import { useRoom } from "./room-context";

export function FacilitationTools() {
  const { t } = useTranslation("workshopLive");
  const { state, send, role, me } = useRoom();
  const [proposal, setProposal] = useState<{ id: string; name: string }[][] | null>(null);
  const [isClosing, setIsClosing] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const producers = Object.values(state.participants).filter((p) => p.role === "participant");
  const isCrowded = producers.length > maxProducingParticipants;
  const others = Object.values(state.participants).filter((p) => p.id !== me?.participantId && p.role !== "observer");

  function propose() {
    setProposal(suggestSubGroups(producers, Math.max(2, Math.ceil(producers.length / maxProducingParticipants))));
  }

  function applyGroups() {
    if (!proposal) return;
    send("groups.set", {
      groups: proposal.map((people, index) => ({ groupId: newId(), name: t("groups.name", { index: index + 1 }), participantIds: people.map((p) => p.id) })),
    });
    setProposal(null);
  }

  return (
    <Stack gap="xs">
      {isCrowded && !state.groupsActive && (
        <Alert color="orange" variant="light" p="xs">
          {t("groups.crowded", { count: producers.length, max: maxProducingParticipants })}
        </Alert>
      )}
      {state.groupsActive ? (
        <Button variant="default" leftSection={<IconUsersGroup size={16} aria-hidden />} onClick={() => send("groups.merge")}>
          {t("groups.merge")}
        </Button>
      ) : (
        <Button variant="default" leftSection={<IconUsersGroup size={16} aria-hidden />} onClick={propose} disabled={producers.length < 2}>
          {t("groups.propose")}
        </Button>
      )}

      {role === "facilitator" && others.length > 0 && (
        <Stack gap={6}>
          <Select
            label={t("facilitation.label")}
            placeholder={t("facilitation.placeholder")}
            data={others.map((p) => ({ value: p.id, label: p.name }))}
            value={target}
            onChange={setTarget}
            size="sm"
          />
          <Group gap={6} grow>
            <Button size="xs" variant="default" disabled={!target} onClick={() => target && send("facilitation.share", { participantId: target })}>
              {t("facilitation.share")}
            </Button>
            <Button size="xs" variant="default" disabled={!target} onClick={() => target && send("facilitation.handover", { participantId: target })}>
              {t("facilitation.handover")}
            </Button>
          </Group>
        </Stack>
      )}

      <Button color="red" variant="light" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={() => setIsClosing(true)}>
        {t("close.button")}
      </Button>

      <Modal
        opened={proposal !== null}
        onClose={() => setProposal(null)}
        title={t("groups.proposalTitle")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack>
          <Text size="sm">{t("groups.proposalHint")}</Text>
          {proposal?.map((people, index) => (
            <div key={people.map((p) => p.id).join()}>
              <Text fw={600}>{t("groups.name", { index: index + 1 })}</Text>
              <List size="sm">
                {people.map((person) => (
                  <List.Item key={person.id}>{person.name}</List.Item>
                ))}
              </List>
            </div>
          ))}
          <FormActions onCancel={() => setProposal(null)} onSubmit={applyGroups} submitLabel={t("groups.apply")} />
        </Stack>
      </Modal>

      <ConfirmModal
        opened={isClosing}
        onClose={() => setIsClosing(false)}
        title={t("close.title")}
        message={t("close.body")}
        confirmLabel={t("close.confirm")}
        onConfirm={() => {
          send("workshop.close");
          setIsClosing(false);
        }}
      />
    </Stack>
  );
}
