/**
 * The report's rows as CSV that opens cleanly in Excel: UTF-8 with a byte order mark, one header row,
 * CRLF line ends, RFC 4180 quoting, and no formulas: a cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is prefixed with `'` (OWASP's CSV injection advice), so a school named
 * "=HYPERLINK(...)" shows as text.
 */
import type { Report } from './model.js';

export const CSV_BOM = '\uFEFF';

export function escapeCsvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // Numbers we write are never negative, so only text can trip this.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = [
  'key',
  'label',
  'school',
  'accepted hours',
  'tentative hours',
  'pending hours',
  'declined hours',
  'total hours',
  'sessions',
  'held hours',
  'planned hours',
  'target hours',
  'on track',
  'principals',
  'principals with none',
  'walks hosted',
  'walks visited',
  'schools visited',
  'incomplete',
];

export function reportToCsv(report: Report): string {
  const lines = [HEADER.map(escapeCsvCell).join(',')];
  for (const r of report.rows) {
    lines.push(
      [
        r.key,
        r.label,
        r.school ?? '',
        r.hours.accepted,
        r.hours.tentative,
        r.hours.pending,
        r.hours.declined,
        r.hours.total,
        r.sessions,
        r.heldHours,
        r.plannedHours,
        r.targetHours,
        r.onTrack ? 'yes' : 'no',
        r.principals,
        r.principalsWithNone,
        r.walksHosted,
        r.walksVisited,
        r.schoolsVisited.join('; '),
        r.incomplete ? 'yes' : '',
      ]
        .map(escapeCsvCell)
        .join(','),
    );
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
