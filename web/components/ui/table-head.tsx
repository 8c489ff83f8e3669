/** A table's header row: one column header (scope="col") per label; a falsy entry leaves a column out. */
import { Table, VisuallyHidden } from "@mantine/core";

/**
 * A column's label, or the label with options: `align` right for numbers, `hidden` for a column named only for
 * screen readers (a column of buttons), `key` when two labels may be the same.
 */
export type ColumnHeader = string | { label: string; align?: "right"; hidden?: boolean; key?: string };

export function TableHead({ columns }: { columns: (ColumnHeader | false | null | undefined)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => {
          if (!column) return null;
          const { label, align, hidden, key } = typeof column === "string" ? { label: column } : column;
          return (
            <Table.Th key={key ?? label} scope="col" ta={align}>
              {hidden ? <VisuallyHidden>{label}</VisuallyHidden> : label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
