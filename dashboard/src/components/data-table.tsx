import type { ReactNode } from 'react';
import { download, tableToCsv, tableToXlsx, type ExportColumn } from '../export/table-export';
import { useLanguage } from '../i18n/language';

export interface Column<Row> extends ExportColumn<Row> {
  /** What the cell shows; the formatted value unless given. */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
  /** A column of sentences (a target, a criterion): it wraps, where the others stay on one line. */
  wrap?: boolean;
}

interface DataTableProps<Row> {
  /** Names the exported files and the sheet. */
  exportName: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  caption?: ReactNode;
}

/** A table with its export to Excel and CSV: the files hold the raw values, under the headers shown. */
export function DataTable<Row>({ exportName, columns, rows, rowKey, caption }: DataTableProps<Row>) {
  const { t } = useLanguage();
  const fileName = exportName.replace(/[^\p{L}\p{N}-]+/gu, '-');
  return (
    <div className="table-block">
      <div className="table-tools no-print">
        <button type="button" onClick={async () => download(await tableToXlsx(exportName, columns, rows), `${fileName}.xlsx`)}>
          {t('exportXlsx')}
        </button>
        <button type="button" onClick={() => download(new Blob([tableToCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`)}>
          {t('exportCsv')}
        </button>
      </div>
      <table data-export={exportName}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.header} className={column.numeric ? 'numeric' : column.wrap ? 'wrap' : undefined}>
                  {column.render ? column.render(row) : (column.value(row) ?? '–')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
