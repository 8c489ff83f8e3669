/** The two pages of the workshops area: the workshops, and the improvement actions they decided. */
import { Tabs } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

export function WorkshopsTabs({ active }: { active: "workshops" | "actions" }) {
  const { t } = useTranslation("workshops");
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(value) => void navigate({ to: value === "actions" ? "/workshops/actions" : "/workshops" })} mb="md">
      <Tabs.List>
        <Tabs.Tab value="workshops">{t("tabs.workshops")}</Tabs.Tab>
        <Tabs.Tab value="actions">{t("tabs.actions")}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
