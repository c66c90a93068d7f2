/** Plain-text tables for terminal output: columns padded to their widest cell. */
export interface TextColumn {
  readonly kop: string;
  /** Right-align numbers. */
  readonly rechts?: boolean;
}

export function renderTextTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.kop), ...rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => pad(cells[i] ?? '', widths[i] ?? 0, column.rechts ?? false))
      .join('  ')
      .trimEnd();
  const header = line(columns.map((c) => c.kop));
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [header, rule, ...rows.map(line)].join('\n');
}

function displayWidth(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}
