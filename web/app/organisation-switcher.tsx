import { Button, Menu } from "@mantine/core";
import { IconBuilding, IconCheck, IconChevronDown, IconPlus } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { organisationsContract } from "../../shared/contracts/organisations.js";
import { notifyError, notifySuccess } from "../components/ui/notify";
import { call } from "../lib/api";
import { errorMessage } from "../lib/error-message";
import { activeMembership, useMe } from "../lib/queries";

/** Lists my organisations, switches the active one, and offers to create one. */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const active = activeMembership(me);

  const activate = useMutation({
    mutationFn: (orgId: string) => call(organisationsContract.activate, { params: { orgId } }),
    onSuccess: async (_data, orgId) => {
      await queryClient.invalidateQueries();
      const name = me.memberships.find((m) => m.organisationId === orgId)?.organisationName ?? "";
      notifySuccess(t("orgSwitcher.switched", { name }));
      await navigate({ to: "/" });
    },
    onError: (error) => notifyError(errorMessage(t, error)),
  });

  return (
    <Menu position="bottom-start" width={280} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconBuilding size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={activate.isPending}
          aria-label={t("orgSwitcher.label", { name: active?.organisationName ?? t("orgSwitcher.none") })}
          maw={320}
        >
          <span style={{ overflow: "hidden", textOverflow: "ellipsis" }}>{active?.organisationName ?? t("orgSwitcher.none")}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {me.memberships.length > 0 && <Menu.Label>{t("orgSwitcher.mine")}</Menu.Label>}
        {me.memberships.map((m) => {
          const isActive = m.organisationId === me.activeOrganisationId;
          return (
            <Menu.Item
              key={m.organisationId}
              onClick={() => !isActive && activate.mutate(m.organisationId)}
              rightSection={isActive ? <IconCheck size={16} aria-label={t("orgSwitcher.active")} /> : undefined}
            >
              {m.organisationName} · {t(`roles.${m.role}`)}
            </Menu.Item>
          );
        })}
        {me.memberships.length > 0 && <Menu.Divider />}
        <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} renderRoot={(props) => <Link to="/organisations/new" {...props} />}>
          {t("orgSwitcher.create")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
