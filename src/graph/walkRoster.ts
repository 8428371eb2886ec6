/**
 * Who a learning walk is for, kept on the organizer's event itself in a second single-value extended
 * property of Common Time's property set (`CommonTime.Visitors`): the walk's key in its plan, the host and
 * the visitors. A host-first walk invites only the host at first; with the roster in Graph the coach can
 * invite the visitors from any browser with the plan id alone, no plan kept in local storage (no lost work).
 */
import type { Event, SingleValueLegacyExtendedProperty } from '@microsoft/microsoft-graph-types';
import { COMMON_TIME_VISITORS_ID } from './commonTimeTag.js';

export interface RosterPerson {
  readonly address: string;
  readonly name?: string;
}

export interface WalkRoster {
  /** The walk's key in its plan, e.g. `walk:<school>`: outcomes read the same with or without the plan. */
  readonly key: string;
  readonly host: RosterPerson;
  readonly visitors: readonly RosterPerson[];
}

const compact = (p: RosterPerson): { a: string; n?: string } => ({ a: p.address, ...(p.name ? { n: p.name } : {}) });

/** The property to put in the event's `singleValueExtendedProperties`: compact JSON (`{"k","h","v"}`). */
export function buildWalkRosterProperty(roster: WalkRoster): SingleValueLegacyExtendedProperty {
  if (!roster.host.address) throw new RangeError('roster.host.address: a learning walk needs its host principal’s address.');
  return { id: COMMON_TIME_VISITORS_ID, value: JSON.stringify({ k: roster.key, h: compact(roster.host), v: roster.visitors.map(compact) }) };
}

function personOf(raw: unknown): RosterPerson | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const { a, n } = raw as { a?: unknown; n?: unknown };
  if (typeof a !== 'string' || a === '') return undefined;
  return typeof n === 'string' && n !== '' ? { address: a, name: n } : { address: a };
}

/** The roster in a property value, or undefined when it is absent or not one we wrote. */
export function parseWalkRosterValue(value: string | null | undefined): WalkRoster | undefined {
  if (typeof value !== 'string') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object') return undefined;
  const { k, h, v } = raw as { k?: unknown; h?: unknown; v?: unknown };
  const host = personOf(h);
  if (typeof k !== 'string' || !host || !Array.isArray(v)) return undefined;
  const visitors = v.map(personOf);
  return visitors.every((p): p is RosterPerson => p !== undefined) ? { key: k, host, visitors } : undefined;
}

/** The roster on an event read with our properties expanded. The Name part is case-sensitive. */
export function parseWalkRoster(event: Pick<Event, 'singleValueExtendedProperties'>): WalkRoster | undefined {
  const property = (event.singleValueExtendedProperties ?? []).find(
    (p) => (p.id ?? '').toLowerCase() === COMMON_TIME_VISITORS_ID.toLowerCase() && (p.id ?? '').endsWith('CommonTime.Visitors'),
  );
  return parseWalkRosterValue(property?.value);
}
