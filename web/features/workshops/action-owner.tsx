/**
 * Who carries an improvement action: the workshop's participants first, then the organisation's
 * members (searchable), or a named outsider (name, e-mail optional). Used by the actions page; the
 * live room's closing offers its own participants (closing-panel.tsx).
 */
import { Select, type SelectProps, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { membersContract } from "../../../shared/contracts/members.js";
import { call, isApiError } from "../../lib/api";
import { workshopQuery } from "./workshop-api";

/** The value of the picker meaning "someone outside the organisation". */
export const outsiderValue = "outsider";

/** Today where the organisation is (YYYY-MM-DD): the earliest due date a date field offers, as the server checks it. */
export { todayInOrganisation } from "../../../shared/workshops/rules.js";

/** The message for an action's error: the due date refused in words, anything else as the API says. */
export const actionErrorMessage = (t: TFunction, error: unknown) =>
  isApiError(error) && error.code === "due_date_past" ? t("actions.duePast") : undefined;

type Props = Omit<SelectProps, "data" | "value" | "onChange"> & {
  orgId: string;
  workshopId: string | null;
  /** The member's user id, `outsiderValue`, or null for nobody. */
  value: string | null;
  /** A named outsider's name, shown as the current choice. */
  outsiderName?: string;
  onChange: (value: string | null) => void;
};

export function OwnerSelect({ orgId, workshopId, value, outsiderName, onChange, ...rest }: Props) {
  const { t } = useTranslation("workshops");
  const members = useQuery({ queryKey: ["organisations", orgId, "members"], queryFn: () => call(membersContract.list, { params: { orgId } }) });
  const workshop = useQuery({ ...workshopQuery(orgId, workshopId ?? ""), enabled: Boolean(workshopId) });
  const participants = (workshop.data?.participants ?? []).filter((p) => p.userId && !p.isPending);
  const inRoom = new Set(participants.map((p) => p.userId));
  const others = (members.data ?? []).filter((m) => !inRoom.has(m.userId));
  const data = [
    ...(participants.length > 0 ? [{ group: t("actions.ownerParticipants"), items: participants.map((p) => ({ value: p.userId, label: p.name })) }] : []),
    { group: t("actions.ownerMembers"), items: others.map((m) => ({ value: m.userId, label: m.name })) },
    { group: t("actions.ownerOutside"), items: [{ value: outsiderValue, label: outsiderName ? t("actions.outsiderNamed", { name: outsiderName }) : t("actions.outsider") }] },
  ];
  // Not deselected by a click on the current option: only the clear button takes the owner away.
  return <Select searchable clearable allowDeselect={false} data={data} value={value} onChange={onChange} nothingFoundMessage={t("actions.noOwnerMatch")} {...rest} />;
}

/** The outsider's name and address, under the picker when "outsider" is chosen. */
export function OutsiderFields(props: { name: string; email: string; onChange: (next: { name: string; email: string }) => void; onBlur?: () => void }) {
  const { t } = useTranslation("workshops");
  return (
    <>
      <TextInput
        size="xs"
        label={t("actions.outsiderName")}
        value={props.name}
        maxLength={120}
        onChange={(e) => props.onChange({ name: e.currentTarget.value, email: props.email })}
        onBlur={props.onBlur}
      />
      <TextInput
        size="xs"
        type="email"
        label={t("actions.outsiderEmail")}
        value={props.email}
        maxLength={254}
        onChange={(e) => props.onChange({ name: props.name, email: e.currentTarget.value })}
        onBlur={props.onBlur}
      />
    </>
  );
}
