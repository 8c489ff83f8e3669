import { Button, Group, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { invitableRoles } from "../../../shared/roles.js";
import type { Invitation } from "../../../shared/schemas/members.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { notifySuccess } from "../../components/ui/notify";
import { api } from "../../lib/api";
import { queryKeys } from "../../lib/queries";

/** Invite a member of staff by e-mail, with a role explained in one line. */
export function InviteMemberForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<string>("staff");

  const invite = useMutation({
    mutationFn: () => api<Invitation>(`/api/v1/organisations/${encodeURIComponent(orgId)}/invitations`, { method: "POST", body: { email: email.trim(), role } }),
    onSuccess: async (inv) => {
      setEmail("");
      await queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) });
      notifySuccess(t("inviteMember.sent", { email: inv.email }));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={640}>
        <ErrorAlert error={invite.error ?? undefined} />
        <TextInput label={t("fields.email")} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <Radio.Group label={t("fields.role")} value={role} onChange={setRole} required>
          <Stack gap="xs" mt="xs">
            {invitableRoles.map((r) => (
              <Radio
                key={r}
                value={r}
                label={t(`roles.${r}`)}
                description={<Text size="xs" c="dark.6" component="span">{t(`roleDescriptions.${r}`)}</Text>}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t("inviteMember.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
