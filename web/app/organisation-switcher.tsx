import { Menu } from "@mantine/core";
import { IconCheck, IconPlus } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { organisationsContract } from "../../shared/contracts/organisations.js";
import { notifyError, notifySuccess } from "../components/ui/notify";
import { call } from "../lib/api";
import { errorMessage } from "../lib/error-message";
import { useMe } from "../lib/queries";
import { OrganisationButton } from "./header-buttons";

/** Lists my organisations, switches the active one, and offers to create one (fetched when first opened: header-menus.tsx). */
export function OrganisationSwitcher({ defaultOpened = false }: { defaultOpened?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

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
    <Menu position="bottom-start" width={280} withinPortal defaultOpened={defaultOpened}>
      <Menu.Target>
        <OrganisationButton loading={activate.isPending} />
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
