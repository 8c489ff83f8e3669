/** A required choice among a fixed list of values (kinds, roles, languages), each shown by its translated label. */
import { Select, type SelectProps } from "@mantine/core";

export interface OptionSelectProps<V extends string> extends Omit<SelectProps, "data" | "value" | "onChange" | "allowDeselect"> {
  options: readonly V[];
  optionLabel: (option: V) => string;
  value: V;
  onChange: (value: V) => void;
}

export function OptionSelect<V extends string>({ options, optionLabel, value, onChange, ...props }: OptionSelectProps<V>) {
  return (
    <Select
      {...props}
      allowDeselect={false}
      value={value}
      onChange={(picked) => {
        const option = options.find((o) => o === picked);
        if (option !== undefined) onChange(option);
      }}
      data={options.map((o) => ({ value: o, label: optionLabel(o) }))}
    />
  );
}
