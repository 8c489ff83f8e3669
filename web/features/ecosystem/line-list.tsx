/** A multi-line text field shown as a bullet list (one item per line), as plain text. */
import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { toLines } from "./ecosystem-api";

export function LineList({ value, size = "sm" }: { value: string; size?: "xs" | "sm" | "md" }) {
  const { t } = useTranslation("ecosystem");
  const lines = toLines(value);
  if (lines.length === 0) {
    return (
      <Text size={size} c="dark.6" fs="italic">
        {t("common.none")}
      </Text>
    );
  }
  return (
    <List size={size} spacing={4}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat; order is the identity.
        <List.Item key={i}>{line}</List.Item>
      ))}
    </List>
  );
}
