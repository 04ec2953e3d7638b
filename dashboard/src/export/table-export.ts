/** A column of a table as it is exported: its header in the reader's language and each row's raw value. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

/** RFC 4180 CSV, with a byte-order mark so that Excel reads the Vietnamese letters as UTF-8. */
export function tableToCsv<Row>(columns: ExportColumn<Row>[], rows: Row[]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((column) => cell(column.header)), ...rows.map((row) => columns.map((column) => cell(column.value(row))))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

/** An .xlsx workbook of one sheet: bold headers, numbers kept as numbers. exceljs loads only when asked. */
export async function tableToXlsx<Row>(sheetName: string, columns: ExportColumn<Row>[], rows: Row[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'emulation-graph';
  // Excel refuses sheet names over 31 characters or with []:*?/\.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  sheet.addRow(columns.map((column) => column.header)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row) ?? null));
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(columns[index].header.length, ...rows.map((row) => String(columns[index].value(row) ?? '').length));
    column.width = Math.min(60, widest + 2);
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
