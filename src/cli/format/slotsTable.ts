import { DateTime } from 'luxon';
import type { RankedSlot } from '../../core/ranking/rankSlots.js';

export interface TableContext {
  readonly zone: string;
  readonly durationMinutes: number;
  readonly people: number;
  /** How many slots qualified before --max cut the list. */
  readonly qualifying: number;
  /** People whose schedule Graph could not read, with Graph's reason. */
  readonly unreadable?: ReadonlyMap<string, string>;
}

function when(slot: RankedSlot, zone: string): string {
  const start = DateTime.fromMillis(slot.start, { zone });
  const end = DateTime.fromMillis(slot.end, { zone });
  const endText = start.hasSame(end, 'day') ? end.toFormat('h:mm a') : end.toFormat('ccc LLL d h:mm a');
  return `${start.toFormat('ccc LLL d, yyyy  h:mm a')} – ${endText}`;
}

function rows(slots: readonly RankedSlot[], zone: string): string[] {
  const cells = slots.map((s, i) => [String(i + 1), when(s, zone), `${s.available.length}/${s.available.length + s.unavailable.length}`, s.reasons.join('; ')]);
  const header = ['#', `When (${zone})`, 'Free', 'Why'];
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
  // The last column is free text: no padding, so long reasons do not push trailing spaces.
  const line = (r: readonly string[]) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
  return [line(header), line(widths.map((w, c) => '-'.repeat(c === widths.length - 1 ? header[c]!.length : w))), ...cells.map(line)];
}

/** A table a person reads in a terminal; says plainly when nothing fits and shows the closest misses. */
export function formatSlotsTable(slots: readonly RankedSlot[], partial: readonly RankedSlot[], ctx: TableContext): string {
  const lines: string[] = [];
  if (slots.length > 0) {
    const shown = slots.length < ctx.qualifying ? `, best ${slots.length} of ${ctx.qualifying} shown` : '';
    lines.push(`${ctx.qualifying} slot${ctx.qualifying === 1 ? '' : 's'} of ${ctx.durationMinutes} minutes for ${ctx.people} people${shown}:`, '', ...rows(slots, ctx.zone));
  } else {
    lines.push(`No ${ctx.durationMinutes}-minute slot suits the required people and the minimum in this window.`);
    if (partial.length > 0) lines.push('', 'Closest times:', '', ...rows(partial, ctx.zone));
  }
  const unreadable = [...(ctx.unreadable ?? [])];
  if (unreadable.length > 0) {
    lines.push('', 'Calendars that could not be read (never counted as free):', ...unreadable.map(([id, why]) => `  ${id}: ${why}`));
  }
  return lines.join('\n');
}
