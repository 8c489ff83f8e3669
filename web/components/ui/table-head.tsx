/** A table's header row: one column header (scope="col") per label; a falsy entry leaves a column out. */
import { Table } from "@mantine/core";

/** A column's label, or the label and its alignment (numbers align right). */
export type ColumnHeader = string | { label: string; align: "right" };

export function TableHead({ columns }: { columns: (ColumnHeader | false | null | undefined)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => {
          if (!column) return null;
          const { label, align } = typeof column === "string" ? { label: column, align: undefined } : column;
          return (
            <Table.Th key={label} scope="col" ta={align}>
              {label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
