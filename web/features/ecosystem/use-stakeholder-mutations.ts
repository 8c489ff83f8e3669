/** Mutations on stakeholder types: add, change (rename, describe, archive) and reorder, with an optimistic order. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { stakeholdersContract as contract } from "../../../shared/contracts/stakeholders.js";
import type { StakeholderCategory } from "../../../shared/journeys/document.js";
import type { StakeholderType } from "../../../shared/schemas/ecosystem.js";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { call } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { categories } from "./categories";
import { ecosystemKeys } from "./ecosystem-api";

type Patch = { name?: string; description?: string; isArchived?: boolean };

export function useStakeholderMutations(orgId: string) {
  const { t } = useTranslation("ecosystem");
  const { t: tr } = useTranslation();
  const queryClient = useQueryClient();
  const key = ecosystemKeys.types(orgId);

  const create = useMutation({
    mutationFn: (input: { category: StakeholderCategory; name: string; description: string }) => call(contract.create, { params: { orgId }, body: input }),
    onSuccess: async (type) => {
      await queryClient.invalidateQueries({ queryKey: key });
      notifySuccess(t("stakeholders.added", { name: type.name }));
    },
  });

  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Patch }) => call(contract.update, { params: { orgId, id }, body: patch }),
    onSuccess: async (type, { patch }) => {
      queryClient.setQueryData<StakeholderType[]>(key, (old) => old?.map((s) => (s.id === type.id ? type : s)));
      await queryClient.invalidateQueries({ queryKey: ecosystemKeys.personas(orgId) });
      if (patch.isArchived !== undefined) {
        notifySuccess(t(patch.isArchived ? "stakeholders.archived" : "stakeholders.unarchived", { name: type.name }));
      } else {
        notifySuccess(t("stakeholders.saved", { name: type.name }));
      }
    },
  });

  const reorder = useMutation({
    mutationFn: (ids: string[]) => call(contract.reorder, { params: { orgId }, body: { ids } }),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<StakeholderType[]>(key);
      const rank = new Map(ids.map((id, i) => [id, i]));
      queryClient.setQueryData<StakeholderType[]>(key, (old) =>
        old?.map((s) => ({ ...s, position: rank.get(s.id) ?? s.position + ids.length })).sort((a, b) => a.position - b.position),
      );
      return { previous };
    },
    onError: (error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifyError(errorMessage(tr, error));
    },
    onSuccess: (list) => queryClient.setQueryData(key, list),
  });

  /** Moves a type within its category and persists the whole order (categories in display order). */
  function move(all: StakeholderType[], category: StakeholderCategory, orderedActiveIds: string[]) {
    const ids: string[] = [];
    for (const c of categories) {
      const ofCategory = all.filter((s) => s.category === c).sort((a, b) => a.position - b.position);
      if (c === category) ids.push(...orderedActiveIds);
      else ids.push(...ofCategory.filter((s) => !s.isArchived).map((s) => s.id));
      ids.push(...ofCategory.filter((s) => s.isArchived).map((s) => s.id));
    }
    reorder.mutate(ids);
  }

  return { create, update, reorder, move };
}
