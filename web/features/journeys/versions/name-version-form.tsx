/** "Name a version": saves a snapshot of the journey as it is now (e.g. "Revue trimestrielle T1"). */
import { Button, Group, TextInput } from "@mantine/core";
import { IconBookmark } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { journeysContract } from "../../../../shared/contracts/journeys.js";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { notifySuccess } from "../../../components/ui/notify";
import { call } from "../../../lib/api";
import { journeyKeys } from "../journey-api";

export function NameVersionForm({ orgId, journeyId }: { orgId: string; journeyId: string }) {
  const { t } = useTranslation("journeys");
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [isMissing, setIsMissing] = useState(false);
  const save = useMutation({
    mutationFn: () => call(journeysContract.nameVersion, { params: { orgId, journeyId }, body: { name: name.trim() } }),
    onSuccess: async (version) => {
      setName("");
      await queryClient.invalidateQueries({ queryKey: journeyKeys.versions(orgId, journeyId), exact: true });
      notifySuccess(t("versions.saved", { name: version.name }));
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setIsMissing(name.trim() === "");
    if (name.trim() !== "") save.mutate();
  }
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert error={save.error ?? undefined} />
      <Group align="flex-start" gap="sm" mt={save.error ? "sm" : 0}>
        <TextInput
          label={t("versions.name")}
          description={t("versions.nameHelp")}
          placeholder={t("versions.namePlaceholder")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={120}
          required
          error={isMissing ? t("versions.nameRequired") : undefined}
          w={{ base: "100%", sm: 380 }}
        />
        <Button type="submit" loading={save.isPending} leftSection={<IconBookmark size={16} aria-hidden />} mt={{ base: 0, sm: 46 }}>
          {t("versions.submit")}
        </Button>
      </Group>
    </form>
  );
}
