/** Create or edit a programme (formation) in a drawer; the RNCP code is checked (RNCP + digits) and shown upper case. */
import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { programmesContract } from "../../../shared/contracts/programmes.js";
import { modalities, type Programme } from "../../../shared/schemas/ecosystem.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { FormActions } from "../../components/ui/form-actions";
import { FormDrawer } from "../../components/ui/form-drawer";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { ecosystemKeys } from "./ecosystem-api";
import { useFormFields } from "./use-form-fields";

type Values = Pick<Programme, "title" | "rncpCode" | "level" | "modality" | "durationHours" | "location" | "description" | "places">;
const empty: Values = { title: "", rncpCode: "", level: "", modality: "initial", durationHours: null, location: "", description: "", places: null };

type Props = { orgId: string; opened: boolean; onClose: () => void; programme?: Programme | null };

export function ProgrammeFormDrawer(props: Props) {
  const { t } = useTranslation("ecosystem");
  return (
    <FormDrawer {...props} size="lg" title={props.programme ? t("programmes.editTitle", { title: props.programme.title }) : t("programmes.newTitle")}>
      <ProgrammeForm {...props} />
    </FormDrawer>
  );
}

const toNumber = (v: string | number): number | null => (typeof v === "number" ? v : v.trim() === "" ? null : Number.parseInt(v, 10) || null);

function ProgrammeForm({ orgId, programme, onClose }: Props) {
  const { t } = useTranslation("ecosystem");
  const queryClient = useQueryClient();
  const form = useFormFields<Values>(() => (programme ? { ...empty, ...pick(programme) } : empty));
  const { values, set } = form;

  const save = useMutation({
    mutationFn: (body: Values) =>
      programme ? call(programmesContract.update, { params: { orgId, id: programme.id }, body }) : call(programmesContract.create, { params: { orgId }, body }),
    onError: form.focusInvalid,
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ecosystemKeys.programmes(orgId) });
      notifySuccess(t(programme ? "programmes.saved" : "programmes.created", { title: saved.title }));
      onClose();
    },
  });

  const errorOf = form.errorOf(save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const rncp = values.rncpCode.trim().toUpperCase().replace(/\s+/g, "");
    const errors: Record<string, string> = {};
    if (values.title.trim().length < 2) errors.title = t("programmes.errors.title");
    if (rncp && !/^RNCP\d{3,6}$/.test(rncp)) errors.rncpCode = t("programmes.errors.rncp");
    if (values.durationHours !== null && (values.durationHours < 1 || values.durationHours > 10_000)) errors.durationHours = t("programmes.errors.duration");
    if (values.places !== null && (values.places < 0 || values.places > 100_000)) errors.places = t("programmes.errors.places");
    if (form.check(errors)) save.mutate({ ...values, title: values.title.trim(), rncpCode: rncp });
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.isError && <ErrorAlert error={save.error} />}
        <TextInput
          label={t("programmes.fields.title")}
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => set("title", e.currentTarget.value)}
          error={errorOf("title")}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("programmes.fields.rncpCode")}
            description={t("programmes.hints.rncpCode")}
            maxLength={30}
            value={values.rncpCode}
            onChange={(e) => set("rncpCode", e.currentTarget.value.toUpperCase())}
            error={errorOf("rncpCode")}
            styles={{ input: { textTransform: "uppercase" } }}
            autoComplete="off"
          />
          <TextInput
            label={t("programmes.fields.level")}
            description={t("programmes.hints.level")}
            maxLength={60}
            value={values.level}
            onChange={(e) => set("level", e.currentTarget.value)}
            error={errorOf("level")}
          />
          <Select
            label={t("programmes.fields.modality")}
            required
            allowDeselect={false}
            data={modalities.map((m) => ({ value: m, label: t(`modalities.${m}`) }))}
            value={values.modality}
            onChange={(v) => v && set("modality", v as Values["modality"])}
            error={errorOf("modality")}
          />
          <NumberInput
            label={t("programmes.fields.durationHours")}
            min={1}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            value={values.durationHours ?? ""}
            onChange={(v) => set("durationHours", toNumber(v))}
            error={errorOf("durationHours")}
          />
          <NumberInput
            label={t("programmes.fields.places")}
            min={0}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            value={values.places ?? ""}
            onChange={(v) => set("places", toNumber(v))}
            error={errorOf("places")}
          />
          <TextInput
            label={t("programmes.fields.location")}
            maxLength={200}
            value={values.location}
            onChange={(e) => set("location", e.currentTarget.value)}
            error={errorOf("location")}
          />
        </SimpleGrid>
        <Textarea
          label={t("programmes.fields.description")}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={5000}
          value={values.description}
          onChange={(e) => set("description", e.currentTarget.value)}
          error={errorOf("description")}
        />
        <FormActions onCancel={onClose} submitLabel={programme ? t("common.save") : t("programmes.create")} pending={save.isPending} mt="sm" />
      </Stack>
    </form>
  );
}

function pick(p: Programme): Values {
  const { title, rncpCode, level, modality, durationHours, location, description, places } = p;
  return { title, rncpCode, level, modality, durationHours, location, description, places };
}
