import { Button, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { meContract } from "../../../shared/contracts/me.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { applyLocale, isLocale } from "../../lib/locale";
import { queryKeys, useMe } from "../../lib/queries";

/** Name and interface language. */
export function ProfileForm() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.user.name);
  const [locale, setLocale] = useState<string>(me.user.locale);

  const save = useMutation({
    mutationFn: () => call(meContract.update, { body: { name: name.trim(), ...(isLocale(locale) ? { locale } : {}) } }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      applyLocale(updated.user.locale);
      notifySuccess(t("account.saved"));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <section aria-labelledby="profile-title">
      <Title order={2} size="h3" id="profile-title" mb="sm">
        {t("account.profileTitle")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error ?? undefined} />
          <TextInput label={t("fields.name")} autoComplete="name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <div>
            <Text size="sm" fw={500}>
              {t("fields.email")}
            </Text>
            <Text>{me.user.email}</Text>
          </div>
          <Select
            label={t("fields.language")}
            allowDeselect={false}
            value={locale}
            onChange={(v) => v && setLocale(v)}
            data={[
              { value: "fr", label: t("language.fr") },
              { value: "en", label: t("language.en") },
            ]}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
