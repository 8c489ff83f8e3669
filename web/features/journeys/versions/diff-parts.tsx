/** Building blocks of the readable diff: a titled section, an item, and "field: before → after" lines. */
import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FieldChange } from "../../../../shared/journeys/diff.js";
import { fieldName, fieldValue, isShort, type Names } from "./diff-values";

const wrap = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } as const;

/** A section "Points de contact ajoutés (2)", shown only when it has items. */
export function DiffSection({ title, count, tone, children }: { title: string; count: number; tone: "added" | "removed" | "changed" | "moved"; children: ReactNode }) {
  const { t } = useTranslation("journeys");
  if (count === 0) return null;
  const color = { added: "teal", removed: "red", changed: "blue", moved: "grape" }[tone];
  return (
    <Box component="section">
      <Group gap="xs" mb="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Badge variant="light" color={color} aria-label={t("diff.itemCount", { count })}>
          {count}
        </Badge>
      </Group>
      <Stack component="ul" gap="xs" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {children}
      </Stack>
    </Box>
  );
}

/** One changed, added, removed or moved element. */
export function DiffItemCard({ label, detail, children }: { label: string; detail?: string; children?: ReactNode }) {
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Text fw={600} style={wrap}>
        {label}
      </Text>
      {detail && (
        <Text size="sm" c="dark.6" style={wrap}>
          {detail}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/** "Irritants : avant → après" for short values; "Avant" and "Après" blocks, in full, for long ones. */
export function FieldChanges({ fields, names }: { fields: FieldChange[]; names: Names }) {
  const { t } = useTranslation("journeys");
  return (
    <Stack gap={6} mt={6}>
      {fields.map((f) => {
        const before = fieldValue(t, names, f.field, f.before);
        const after = fieldValue(t, names, f.field, f.after);
        const name = fieldName(t, f.field);
        if (isShort(before) && isShort(after)) {
          return (
            <Text key={f.field} size="sm" style={wrap}>
              <Text span fw={600} size="sm">
                {t("diff.fieldColon", { field: name })}
              </Text>{" "}
              <Text span size="sm" td="line-through" c="red.9">
                {before}
              </Text>
              <span aria-hidden> → </span>
              <VisuallyHidden>{` ${t("diff.becomes")} `}</VisuallyHidden>
              <Text span size="sm" fw={500} c="teal.9">
                {after}
              </Text>
            </Text>
          );
        }
        return (
          <Box key={f.field}>
            <Text size="sm" fw={600}>
              {name}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={4}>
              <ValueBlock label={t("diff.before")} text={before} color="red" />
              <ValueBlock label={t("diff.after")} text={after} color="teal" />
            </SimpleGrid>
          </Box>
        );
      })}
    </Stack>
  );
}

function ValueBlock({ label, text, color }: { label: string; text: string; color: "red" | "teal" }) {
  return (
    <Paper radius="sm" p="xs" bg={`${color}.0`} style={{ borderLeft: `3px solid var(--mantine-color-${color}-7)` }}>
      <Text size="xs" fw={700} c={`${color}.9`}>
        {label}
      </Text>
      <Text size="sm" style={wrap}>
        {text}
      </Text>
    </Paper>
  );
}

/** The non-empty fields of an added or removed element, as "field: value" lines. */
export function FieldValues({ values, names }: { values: Record<string, unknown>; names: Names }) {
  const { t } = useTranslation("journeys");
  const shown = Object.entries(values).filter(([, v]) => v !== "" && v !== null && v !== undefined && v !== "none");
  if (shown.length === 0) return null;
  return (
    <Stack gap={2} mt={6}>
      {shown.map(([field, value]) => (
        <Text key={field} size="sm" style={wrap}>
          <Text span fw={600} size="sm">
            {t("diff.fieldColon", { field: fieldName(t, field) })}
          </Text>{" "}
          {fieldValue(t, names, field, value)}
        </Text>
      ))}
    </Stack>
  );
}
