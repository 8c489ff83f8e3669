/** A persona in the gallery: avatar, name (link to the sheet), role, stakeholder type and quote. */
import { Anchor, Badge, Blockquote, Card, Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Persona } from "../../../shared/schemas/ecosystem.js";
import { categoryColours } from "../../../shared/stakeholders/category-colours.js";
import { PersonaAvatar } from "./persona-avatar";

export function PersonaCard({ persona }: { persona: Persona }) {
  const { t } = useTranslation("ecosystem");
  return (
    <Card component="article" withBorder radius="md" padding="md" h="100%" style={{ borderTop: `4px solid ${categoryColours[persona.category].strong}` }}>
      <Stack gap="sm" h="100%">
        <Group wrap="nowrap" align="center" gap="md">
          <PersonaAvatar persona={persona} size={64} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
              <Anchor renderRoot={(props) => <Link to="/personas/$personaId" params={{ personaId: persona.id }} {...props} />} c="inherit" underline="hover">
                {persona.name}
              </Anchor>
            </Title>
            {persona.role && (
              <Text size="sm" c="dark.6" style={{ overflowWrap: "anywhere" }}>
                {persona.role}
                {persona.age !== null && ` · ${t("personas.ageValue", { count: persona.age })}`}
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap={6}>
          <Badge color={categoryColours[persona.category].strong} variant="filled" tt="none" style={{ maxWidth: "100%" }}>
            {persona.stakeholderTypeName}
          </Badge>
          <Text size="xs" c="dark.6">
            {t(`categories.${persona.category}.name`)}
          </Text>
        </Group>
        {persona.quote && (
          <Blockquote color={categoryColours[persona.category].strong} p="sm" mt="auto" styles={{ root: { fontStyle: "italic" } }}>
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {persona.quote}
            </Text>
          </Blockquote>
        )}
      </Stack>
    </Card>
  );
}
