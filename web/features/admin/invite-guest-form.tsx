import { SimpleGrid, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { membersContract } from "../../../shared/contracts/members.js";
import { type GuestKind, guestKinds } from "../../../shared/roles.js";
import type { Locale } from "../../../shared/schemas/common.js";
import { LanguageSelect } from "../../components/ui/language-select";
import { MutationForm } from "../../components/ui/mutation-form";
import { notifySuccess } from "../../components/ui/notify";
import { OptionSelect } from "../../components/ui/option-select";
import { call } from "../../lib/api";
import { guestInvitationsKey } from "./guest-invitation-list";

/** Invite an outside guest (speaker, company tutor, funder…): they sign in by an e-mailed link. */
export function InviteGuestForm({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [guestKind, setGuestKind] = useState<GuestKind>("teacher");
  const [purpose, setPurpose] = useState("");
  const [locale, setLocale] = useState<Locale>(i18n.language === "en" ? "en" : "fr");

  const invite = useMutation({
    mutationFn: () =>
      call(membersContract.inviteGuest, { params: { orgId }, body: { name: name.trim(), email: email.trim(), guestKind, purpose: purpose.trim(), locale } }),
    onSuccess: async (invitation) => {
      setName("");
      setEmail("");
      setPurpose("");
      // Pending until the guest opens the invitation: it shows among the pending guests, not the members.
      await queryClient.invalidateQueries({ queryKey: guestInvitationsKey(orgId) });
      notifySuccess(t("inviteGuest.sent", { name: invitation.name ?? invitation.email, email: invitation.email }));
    },
  });

  return (
    <MutationForm
      onSubmit={() => invite.mutate()}
      error={invite.error}
      pending={invite.isPending}
      submitLabel={t("inviteGuest.submit")}
      maw={640}
      intro={
        <Text size="sm" c="dark.6">
          {t("inviteGuest.help")}
        </Text>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t("fields.name")} autoComplete="off" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput label={t("inviteGuest.email")} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <OptionSelect
          label={t("fields.guestKind")}
          required
          options={guestKinds}
          optionLabel={(kind) => t(`guestKinds.${kind}`)}
          value={guestKind}
          onChange={setGuestKind}
        />
        <LanguageSelect label={t("fields.emailLanguage")} required value={locale} onChange={setLocale} />
      </SimpleGrid>
      <Textarea
        label={t("fields.purpose")}
        description={t("inviteGuest.purposeHelp")}
        placeholder={t("inviteGuest.purposePlaceholder")}
        required
        autosize
        minRows={2}
        maxLength={500}
        value={purpose}
        onChange={(e) => setPurpose(e.currentTarget.value)}
      />
    </MutationForm>
  );
}
