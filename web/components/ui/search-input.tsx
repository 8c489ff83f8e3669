/** A search field of a list's filters: type "search" (the browser offers to clear it), a magnifier, the text as it is typed. */
import { TextInput, type TextInputProps } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";

export interface SearchInputProps extends Omit<TextInputProps, "value" | "onChange" | "type" | "leftSection"> {
  value: string;
  onChange: (value: string) => void;
}

export function SearchInput({ value, onChange, ...props }: SearchInputProps) {
  return (
    <TextInput {...props} type="search" leftSection={<IconSearch size={16} aria-hidden />} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}
