import { Radio, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { membersContract } from "../../../shared/contracts/members.js";
import { type invitableRoleSchema, invitableRoles } from "../../../shared/roles.js";
import { MutationForm } from "../../components/ui/mutation-form";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { queryKeys } from "../../lib/queries";

/** Invite a member of staff by e-mail, with a role explained in one line. */
export function InviteMemberForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<z.infer<typeof invitableRoleSchema>>("staff");

  const invite = useMutation({
    mutationFn: () => call(membersContract.invite, { params: { orgId }, body: { email: email.trim(), role } }),
    onSuccess: async (inv) => {
      setEmail("");
      await queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) });
      notifySuccess(t("inviteMember.sent", { email: inv.email }));
    },
  });

  return (
    <MutationForm onSubmit={() => invite.mutate()} error={invite.error} pending={invite.isPending} submitLabel={t("inviteMember.submit")} maw={640}>
      <TextInput label={t("fields.email")} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
      <Radio.Group label={t("fields.role")} value={role} onChange={(value) => setRole(value as typeof role)} required>
        <Stack gap="xs" mt="xs">
          {invitableRoles.map((r) => (
            <Radio
              key={r}
              value={r}
              label={t(`roles.${r}`)}
              description={
                <Text size="xs" c="dark.6" component="span">
                  {t(`roleDescriptions.${r}`)}
                </Text>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
    </MutationForm>
  );
}
