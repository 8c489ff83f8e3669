import { Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { meContract } from "../../../shared/contracts/me.js";
import type { Locale } from "../../../shared/schemas/common.js";
import { LanguageSelect } from "../../components/ui/language-select";
import { MutationForm } from "../../components/ui/mutation-form";
import { notifySuccess } from "../../components/ui/notify";
import { TitledSection } from "../../components/ui/titled-section";
import { call } from "../../lib/api";
import { applyLocale, isLocale } from "../../lib/locale";
import { queryKeys, useMe } from "../../lib/queries";

/** Name and interface language. */
export function ProfileForm() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.user.name);
  const [locale, setLocale] = useState<Locale>(isLocale(me.user.locale) ? me.user.locale : "fr");

  const save = useMutation({
    mutationFn: () => call(meContract.update, { body: { name: name.trim(), locale } }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      applyLocale(updated.user.locale);
      notifySuccess(t("account.saved"));
    },
  });

  return (
    <TitledSection id="profile-title" title={t("account.profileTitle")}>
      <MutationForm onSubmit={() => save.mutate()} error={save.error} pending={save.isPending} submitLabel={t("common.save")}>
        <TextInput label={t("fields.name")} autoComplete="name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <div>
          <Text size="sm" fw={500}>
            {t("fields.email")}
          </Text>
          <Text>{me.user.email}</Text>
        </div>
        <LanguageSelect label={t("fields.language")} value={locale} onChange={setLocale} />
      </MutationForm>
    </TitledSection>
  );
}
