/** Reading the built `/timeline.csv` as a spreadsheet does, for the build tests. */

/** The rows of a CSV file, each a list of cells (RFC 4180: a quoted cell may hold commas, line breaks and doubled quotes). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = text.startsWith('\ufeff') ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else if (quoted || ch !== '\r') cell += ch;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}
