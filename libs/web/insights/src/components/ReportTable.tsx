import type { ReactNode } from 'react';
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow, TableCell } from '@planbord/web-ui';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

/**
 * A report's figures as a real table, the chart's accessible alternative: the first column names each row (a row
 * header), the caption names the table.
 */
export function ReportTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  footer,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  footer?: Row;
}) {
  const [first, ...rest] = columns;
  const line = (row: Row) => (
    <>
      <th scope="row" className="utrecht-table__header-cell">
        {first.cell(row)}
      </th>
      {rest.map((column) => (
        <TableCell key={column.key} className={column.numeric ? 'planbord-numeric' : undefined}>
          {column.cell(row)}
        </TableCell>
      ))}
    </>
  );
  return (
    <Table caption={caption} captionHidden={false}>
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.key} className={column.numeric ? 'planbord-numeric' : undefined}>
              {column.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>{line(row)}</TableRow>
        ))}
      </TableBody>
      {footer ? (
        <tfoot className="utrecht-table__footer">
          <TableRow>{line(footer)}</TableRow>
        </tfoot>
      ) : null}
    </Table>
  );
}
