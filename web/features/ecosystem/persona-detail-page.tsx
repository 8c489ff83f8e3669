/** /personas/$personaId — the persona sheet: identity, quote, the five lists; edit, picture, delete and printable PDF. */
import { Badge, Blockquote, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconFileTypePdf, IconPencil, IconPhoto, IconTrash } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { personasContract } from "../../../shared/contracts/personas.js";
import type { Persona } from "../../../shared/schemas/ecosystem.js";
import { categoryColours } from "../../../shared/stakeholders/category-colours.js";
import { BackLink } from "../../components/ui/back-link";
import { ConfirmModal } from "../../components/ui/confirm-modal";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { useConfirmedAction } from "../../components/ui/use-confirmed-action";
import { call } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { ecosystemKeys, usePersona } from "./ecosystem-api";
import { EcosystemGuard } from "./ecosystem-guard";
import { LineList } from "./line-list";
import { PersonaAvatar } from "./persona-avatar";
import { PersonaAvatarUpload } from "./persona-avatar-upload";
import { listFields, PersonaFormDrawer } from "./persona-form";
import { downloadPersonaPdf } from "./persona-pdf";

const routeApi = getRouteApi("/app/personas/$personaId");

function BackToPersonas() {
  const { t } = useTranslation("ecosystem");
  return <BackLink to="/personas" label={t("personas.back")} />;
}

function IdentityItem({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="xs" fw={700} tt="uppercase" c="dark.6">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </div>
  );
}

function PersonaSheet({ orgId, canEdit, persona }: { orgId: string; canEdit: boolean; persona: Persona }) {
  const { t } = useTranslation("ecosystem");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [picture, setPicture] = useState(false);
  const [printing, setPrinting] = useState(false);

  const removal = useConfirmedAction(
    (p: Persona) => call(personasContract.remove, { params: { orgId, id: p.id } }),
    async () => {
      queryClient.removeQueries({ queryKey: ecosystemKeys.persona(orgId, persona.id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ecosystemKeys.personas(orgId), exact: true }),
        queryClient.invalidateQueries({ queryKey: ecosystemKeys.types(orgId) }),
      ]);
      notifySuccess(t("personas.deleted", { name: persona.name }));
      await navigate({ to: "/personas" });
    },
  );

  async function print() {
    setPrinting(true);
    try {
      await downloadPersonaPdf(persona, t);
    } catch {
      notifyError(t("personas.pdf.failed"));
    } finally {
      setPrinting(false);
    }
  }

  const unknown = t("personas.notSpecified");
  return (
    <Stack gap="lg">
      <BackToPersonas />
      <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }} style={{ borderTop: `6px solid ${categoryColours[persona.category].strong}` }}>
        <Group align="flex-start" gap="lg" wrap="wrap">
          <PersonaAvatar persona={persona} size={112} />
          <Stack gap={6} style={{ flex: 1, minWidth: 220 }}>
            <Title order={1} style={{ overflowWrap: "anywhere" }}>
              {persona.name}
            </Title>
            <Group gap={6}>
              <Badge color={categoryColours[persona.category].strong} tt="none">
                {persona.stakeholderTypeName}
              </Badge>
              <Text size="sm" c="dark.6">
                {t(`categories.${persona.category}.name`)}
              </Text>
            </Group>
            <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" mt="xs" m={0}>
              <IdentityItem label={t("personas.fields.role")} value={persona.role || unknown} />
              <IdentityItem label={t("personas.fields.age")} value={persona.age !== null ? t("personas.ageValue", { count: persona.age }) : unknown} />
              <IdentityItem label={t("personas.fields.experience")} value={persona.experience || unknown} />
              <IdentityItem label={t("personas.fields.scope")} value={persona.scope || unknown} />
            </SimpleGrid>
          </Stack>
        </Group>
        {persona.quote && (
          <Blockquote color={categoryColours[persona.category].strong} mt="lg" p="md" cite={`— ${persona.name}`}>
            <Text size="lg" fs="italic" style={{ overflowWrap: "anywhere" }}>
              {persona.quote}
            </Text>
          </Blockquote>
        )}
      </Paper>

      <Group gap="sm">
        <Button leftSection={<IconFileTypePdf size={16} aria-hidden />} onClick={() => void print()} loading={printing}>
          {t("personas.pdf.button")}
        </Button>
        {canEdit && (
          <>
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t("personas.edit")}
            </Button>
            <Button variant="default" leftSection={<IconPhoto size={16} aria-hidden />} onClick={() => setPicture(true)}>
              {t(persona.avatarUrl ? "avatar.change" : "avatar.add")}
            </Button>
            <Button variant="outline" color="red.8" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => removal.ask(persona)}>
              {t("personas.delete")}
            </Button>
          </>
        )}
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 5 }} spacing="md">
        {listFields.map((key) => (
          <Paper key={key} component="section" aria-labelledby={`persona-${key}`} withBorder radius="md" p="md">
            <Title order={2} size="h4" id={`persona-${key}`} mb="xs">
              {t(`personas.fields.${key}`)}
            </Title>
            <LineList value={persona[key]} />
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dark.6">
        {t("personas.updatedAt", { date: formatDate(persona.updatedAt) })}
      </Text>

      {canEdit && (
        <>
          <PersonaFormDrawer orgId={orgId} opened={editing} onClose={() => setEditing(false)} persona={persona} />
          <PersonaAvatarUpload orgId={orgId} persona={persona} opened={picture} onClose={() => setPicture(false)} />
          <ConfirmModal
            {...removal.confirmProps}
            title={t("personas.deleteTitle")}
            message={t("personas.deleteBody", { name: persona.name })}
            confirmLabel={t("personas.deleteConfirm")}
          />
        </>
      )}
    </Stack>
  );
}

function PersonaDetailContent({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { personaId } = routeApi.useParams();
  const persona = usePersona(orgId, personaId);
  if (persona.isPending) return <Loading />;
  if (persona.isError) {
    return (
      <Stack>
        <BackToPersonas />
        <ErrorAlert error={persona.error} />
      </Stack>
    );
  }
  return <PersonaSheet orgId={orgId} canEdit={canEdit} persona={persona.data} />;
}

export function PersonaDetailPage() {
  return <EcosystemGuard>{(orgId, canEdit) => <PersonaDetailContent orgId={orgId} canEdit={canEdit} />}</EcosystemGuard>;
}
