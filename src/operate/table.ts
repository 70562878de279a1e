// Tables for the operational modes, in two renderings of the same rows: aligned plain text for the log and
// the terminal (docker compose ps style), and a markdown table for the job summary with every cell escaped
// (service names, task reasons and secret descriptions are untrusted).

import { escapeText } from '../github/escape.js';

export interface Table {
  headers: string[];
  rows: string[][];
}

/** Aligned columns, two spaces apart; control characters dropped so a value cannot move the cursor. */
export function textTable(table: Table): string {
  const clean = (cell: string) => cell.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
  const rows = [table.headers, ...table.rows].map((row) => row.map(clean));
  const widths = table.headers.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : (cell ?? '').padEnd(widths[column]))).join('  ').trimEnd()).join('\n');
}

/** A GFM table; cells are escaped unless a column is marked as pre-rendered markdown (links built by us). */
export function markdownTable(table: Table, options: { rawColumns?: readonly number[] } = {}): string {
  const raw = new Set(options.rawColumns ?? []);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(table.headers.map((h) => escapeText(h))),
    line(table.headers.map(() => '---')),
    ...table.rows.map((row) => line(row.map((cell, column) => (raw.has(column) ? cell : escapeText(cell, 300)) || ' '))),
  ].join('\n');
}
