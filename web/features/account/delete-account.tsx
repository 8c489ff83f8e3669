import { Alert, Button, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { meContract } from "../../../shared/contracts/me.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { notifySuccess } from "../../components/ui/notify";
import { call, isApiError } from "../../lib/api";
import { useMe } from "../../lib/queries";

/** RGPD erasure, confirmed by typing one's e-mail address. */
export function DeleteAccount() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirmEmail, setConfirmEmail] = useState("");
  const matches = confirmEmail.trim().toLowerCase() === me.user.email.toLowerCase();

  const erase = useMutation({
    mutationFn: () => call(meContract.erase, { body: { confirmEmail: confirmEmail.trim() } }),
    onSuccess: async () => {
      await navigate({ to: "/sign-in", search: {} });
      queryClient.clear();
      notifySuccess(t("account.deleted"));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (matches) erase.mutate();
  }

  const isLastOwner = isApiError(erase.error) && erase.error.code === "last_owner";

  return (
    <section aria-labelledby="delete-title">
      <Paper withBorder p="md" radius="md" style={{ borderColor: "var(--mantine-color-red-6)" }}>
        <Title order={2} size="h3" id="delete-title" mb="xs" c="red.9">
          {t("account.deleteTitle")}
        </Title>
        <Text mb="sm">{t("account.deleteBody")}</Text>
        <form onSubmit={submit} noValidate>
          <Stack>
            {isLastOwner ? (
              <Alert color="orange" title={t("errors.last_owner")} role="alert">
                {t("account.lastOwnerHelp")}
              </Alert>
            ) : (
              <ErrorAlert error={erase.error ?? undefined} />
            )}
            <TextInput
              label={t("account.deleteConfirmLabel", { email: me.user.email })}
              type="email"
              autoComplete="off"
              value={confirmEmail}
              onChange={(e) => setConfirmEmail(e.currentTarget.value)}
            />
            <Button
              type="submit"
              color="red"
              disabled={!matches}
              loading={erase.isPending}
              w="fit-content"
              maw="100%"
              h="auto"
              py={8}
              // The long label must wrap on a phone rather than overflow the card.
              styles={{ label: { whiteSpace: "normal", textAlign: "center" } }}
            >
              {t("account.deleteButton")}
            </Button>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}
