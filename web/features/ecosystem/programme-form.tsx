/** Create or edit a programme (formation) in a drawer; the RNCP code is checked (RNCP + digits) and shown upper case. */
import { Button, Drawer, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { programmesContract } from "../../../shared/contracts/programmes.js";
import { modalities, type Programme } from "../../../shared/schemas/ecosystem.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { ecosystemKeys, errorsByField, focusFirstInvalid } from "./ecosystem-api";

type Values = Pick<Programme, "title" | "rncpCode" | "level" | "modality" | "durationHours" | "location" | "description" | "places">;
const empty: Values = { title: "", rncpCode: "", level: "", modality: "initial", durationHours: null, location: "", description: "", places: null };

type Props = { orgId: string; opened: boolean; onClose: () => void; programme?: Programme | null };

export function ProgrammeFormDrawer(props: Props) {
  const { t } = useTranslation("ecosystem");
  const isPhone = useMediaQuery("(max-width: 47.99em)");
  return (
    <Drawer
      opened={props.opened}
      onClose={props.onClose}
      position="right"
      size={isPhone ? "100%" : "lg"}
      title={props.programme ? t("programmes.editTitle", { title: props.programme.title }) : t("programmes.newTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {props.opened && <ProgrammeForm {...props} />}
    </Drawer>
  );
}

const toNumber = (v: string | number): number | null => (typeof v === "number" ? v : v.trim() === "" ? null : Number.parseInt(v, 10) || null);

function ProgrammeForm({ orgId, programme, onClose }: Props) {
  const { t } = useTranslation("ecosystem");
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => (programme ? { ...empty, ...pick(programme) } : empty));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: (body: Values) =>
      programme ? call(programmesContract.update, { params: { orgId, id: programme.id }, body }) : call(programmesContract.create, { params: { orgId }, body }),
    onError: () => focusFirstInvalid(formRef.current),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ecosystemKeys.programmes(orgId) });
      notifySuccess(t(programme ? "programmes.saved" : "programmes.created", { title: saved.title }));
      onClose();
    },
  });

  const serverErrors = errorsByField(save.error);
  const formRef = useRef<HTMLFormElement>(null);
  const errorOf = (key: string) => localErrors[key] ?? serverErrors[key];

  function submit(event: FormEvent) {
    event.preventDefault();
    const rncp = values.rncpCode.trim().toUpperCase().replace(/\s+/g, "");
    const errors: Record<string, string> = {};
    if (values.title.trim().length < 2) errors.title = t("programmes.errors.title");
    if (rncp && !/^RNCP\d{3,6}$/.test(rncp)) errors.rncpCode = t("programmes.errors.rncp");
    if (values.durationHours !== null && (values.durationHours < 1 || values.durationHours > 10_000)) errors.durationHours = t("programmes.errors.duration");
    if (values.places !== null && (values.places < 0 || values.places > 100_000)) errors.places = t("programmes.errors.places");
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    save.mutate({ ...values, title: values.title.trim(), rncpCode: rncp });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
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
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {programme ? t("common.save") : t("programmes.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function pick(p: Programme): Values {
  const { title, rncpCode, level, modality, durationHours, location, description, places } = p;
  return { title, rncpCode, level, modality, durationHours, location, description, places };
}
