/**
 * Reading back what our own agenda body says, for the person who receives it: who presents at a cohort
 * meeting ("You present" to that principal). Only for bodies rendered by renderHtml, whose field lines
 * read `<p><strong>Label:</strong> value</p>`.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The value of a field line in a rendered agenda, or undefined. */
export function agendaFieldValue(bodyHtml: string, label: string): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`<strong>\\s*${escaped}:\\s*</strong>([\\s\\S]*?)</p>`, 'i').exec(bodyHtml);
  const value = match ? text(match[1]!) : '';
  return value === '' ? undefined : value;
}

/** True when the agenda names this person (by display name) as the presenting principal. */
export function presentsAt(bodyHtml: string, displayName: string): boolean {
  const presenter = agendaFieldValue(bodyHtml, 'Presenting principal');
  return presenter !== undefined && presenter.toLowerCase() === displayName.trim().toLowerCase();
}
