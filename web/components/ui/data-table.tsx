/**
 * A table of records: named (a caption for screen readers, the same name on its keyboard-scrollable region),
 * its column headers, then the rows it is given.
 */
import { Table, type TableProps, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { ScrollTable } from "./scroll-table";
import { type ColumnHeader, TableHead } from "./table-head";

export interface DataTableProps extends Omit<TableProps, "children"> {
  /** The table's name: its hidden caption and the label of its scrolling region. */
  label: string;
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  columns: (ColumnHeader | false | null | undefined)[];
  /** The rows (Table.Tr). */
  children: ReactNode;
}

export function DataTable({ label, minWidth, columns, children, ...tableProps }: DataTableProps) {
  return (
    <ScrollTable label={label} minWidth={minWidth}>
      <Table {...tableProps}>
        <Table.Caption>
          <VisuallyHidden>{label}</VisuallyHidden>
        </Table.Caption>
        <TableHead columns={columns} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
