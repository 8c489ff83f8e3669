/** Create or edit a persona in a drawer: identity, the five lists (one item per line) and the quote. */
import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { personasContract } from "../../../shared/contracts/personas.js";
import type { Persona } from "../../../shared/schemas/ecosystem.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { FormActions } from "../../components/ui/form-actions";
import { FormDrawer } from "../../components/ui/form-drawer";
import { notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { categories } from "./categories";
import { ecosystemKeys, useStakeholderTypes } from "./ecosystem-api";
import { useFormFields } from "./use-form-fields";

export const listFields = ["goals", "frustrations", "motivations", "needs", "constraints"] as const;
const textFields = ["role", "experience", "scope"] as const;

type Values = Omit<Persona, "id" | "stakeholderTypeName" | "category" | "avatarUrl" | "updatedAt">;

function emptyValues(stakeholderTypeId: string): Values {
  return {
    stakeholderTypeId,
    name: "",
    role: "",
    age: null,
    experience: "",
    scope: "",
    goals: "",
    frustrations: "",
    motivations: "",
    needs: "",
    constraints: "",
    quote: "",
  };
}

function pickValues(p: Persona): Values {
  const { id: _id, stakeholderTypeName: _n, category: _c, avatarUrl: _a, updatedAt: _u, ...values } = p;
  return values;
}

type Props = { orgId: string; opened: boolean; onClose: () => void; persona?: Persona; defaultTypeId?: string; onSaved?: (persona: Persona) => void };

export function PersonaFormDrawer(props: Props) {
  const { t } = useTranslation("ecosystem");
  return (
    <FormDrawer {...props} size="xl" title={props.persona ? t("personas.editTitle", { name: props.persona.name }) : t("personas.newTitle")}>
      <PersonaForm {...props} />
    </FormDrawer>
  );
}

function PersonaForm({ orgId, persona, defaultTypeId, onClose, onSaved }: Props) {
  const { t } = useTranslation("ecosystem");
  const queryClient = useQueryClient();
  const types = useStakeholderTypes(orgId);
  const form = useFormFields<Values>(() => (persona ? pickValues(persona) : emptyValues(defaultTypeId ?? "")));
  const { values, set } = form;

  const save = useMutation({
    mutationFn: (body: Values) =>
      persona ? call(personasContract.update, { params: { orgId, id: persona.id }, body }) : call(personasContract.create, { params: { orgId }, body }),
    onError: form.focusInvalid,
    onSuccess: async (saved) => {
      queryClient.setQueryData(ecosystemKeys.persona(orgId, saved.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ecosystemKeys.personas(orgId), exact: true }),
        queryClient.invalidateQueries({ queryKey: ecosystemKeys.types(orgId) }),
      ]);
      notifySuccess(t(persona ? "personas.saved" : "personas.created", { name: saved.name }));
      onSaved?.(saved);
      onClose();
    },
  });

  const errorOf = form.errorOf(save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!values.stakeholderTypeId) errors.stakeholderTypeId = t("personas.errors.typeRequired");
    if (!values.name.trim()) errors.name = t("personas.errors.nameRequired");
    if (values.age !== null && (values.age < 14 || values.age > 100)) errors.age = t("personas.errors.age");
    if (form.check(errors)) save.mutate({ ...values, name: values.name.trim() });
  }

  const typeOptions = categories.map((category) => ({
    group: t(`categories.${category}.name`),
    items: (types.data ?? [])
      .filter((s) => s.category === category && (!s.isArchived || s.id === values.stakeholderTypeId))
      .map((s) => ({ value: s.id, label: s.name })),
  }));

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.isError && <ErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("personas.fields.name")}
            required
            maxLength={120}
            value={values.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={errorOf("name")}
            data-autofocus
          />
          <Select
            label={t("personas.fields.stakeholderType")}
            required
            searchable
            data={typeOptions}
            value={values.stakeholderTypeId || null}
            onChange={(v) => set("stakeholderTypeId", v ?? "")}
            error={errorOf("stakeholderTypeId")}
            nothingFoundMessage={t("personas.noTypeFound")}
            comboboxProps={{ withinPortal: true }}
          />
          {textFields.map((key) => (
            <TextInput
              key={key}
              label={t(`personas.fields.${key}`)}
              description={t(`personas.hints.${key}`)}
              maxLength={key === "role" ? 200 : 500}
              value={values[key]}
              onChange={(e) => set(key, e.currentTarget.value)}
              error={errorOf(key)}
            />
          ))}
          <NumberInput
            label={t("personas.fields.age")}
            min={14}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            value={values.age ?? ""}
            onChange={(v) => set("age", typeof v === "number" ? v : v === "" ? null : Number.parseInt(v, 10) || null)}
            error={errorOf("age")}
          />
        </SimpleGrid>
        {listFields.map((key) => (
          <Textarea
            key={key}
            label={t(`personas.fields.${key}`)}
            description={t("personas.hints.onePerLine")}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={3000}
            value={values[key]}
            onChange={(e) => set(key, e.currentTarget.value)}
            error={errorOf(key)}
          />
        ))}
        <Textarea
          label={t("personas.fields.quote")}
          autosize
          minRows={2}
          maxLength={500}
          value={values.quote}
          onChange={(e) => set("quote", e.currentTarget.value)}
          error={errorOf("quote")}
        />
        <FormActions onCancel={onClose} submitLabel={persona ? t("common.save") : t("personas.create")} pending={save.isPending} mt="sm" />
      </Stack>
    </form>
  );
}
