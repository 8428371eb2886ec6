/** Builds a fresh tenant: the demo district (directory and calendars) or an empty one. */
import { randomUUID } from 'node:crypto';
import { emptyTenant, type TenantState } from '../state.js';
import { DateTime } from 'luxon';
import { FIRST_WEEK, LAST_WEEK, seedCalendars, seedWeek } from './calendars.js';
import { buildDirectory } from './district.js';
import { buildScaledDistrict } from './scaled.js';
import { createRng } from './prng.js';
import { seedRelations } from './relations.js';
import { seedSharing } from './sharing.js';
import { seedDistrictCalendar } from './districtCalendar.js';

/** The district is the same on every run; only the tenant and client ids are made fresh, locally. */
export const DEMO_SEED = 20260824;

/**
 * Building the calendars takes about a second, and tests start many tenants in one process, so each
 * week's district is built once and copied.
 */
const built = new Map<string, TenantState>();

export async function seedTenant(mode: 'demo' | 'empty', nowMs: number, options: { principals?: number } = {}): Promise<TenantState> {
  const ids = { tenantId: randomUUID(), clientId: randomUUID() };
  if (mode === 'empty') return emptyTenant(ids.tenantId, ids.clientId);
  // A district of another size: directory and a term of Common Time history, scaled (seed/scaled.ts).
  if (options.principals !== undefined) return { ...buildScaledDistrict(options.principals, nowMs), ...ids };
  const week = seedWeek(nowMs).toISODate()!;
  let template = built.get(week);
  if (!template) {
    template = buildDemoDistrict(nowMs);
    built.set(week, template);
  }
  return { ...structuredClone(template), ...ids };
}

/** The demo district built afresh (no cache), with empty tenant and client ids. */
export function buildDemoDistrict(nowMs: number): TenantState {
  const state = emptyTenant('', '');
  const rng = createRng(DEMO_SEED);
  buildDirectory(state, rng);
  seedCalendars(state, rng, nowMs);
  seedRelations(state, nowMs);
  seedSharing(state);
  seedDistrictCalendar(state, nowMs);
  return state;
}

/**
 * A demo tenant kept in a data folder and started again weeks later would show an empty future, so the
 * weeks after the last seeded one are seeded too (up to the usual weeks ahead of now). Nothing already
 * in a calendar is touched. Returns the number of events added.
 */
export function topUpDemoCalendars(state: TenantState, nowMs: number): number {
  if (state.seededThrough === undefined) return 0;
  // A demo tenant saved before sharing was modelled gets the district's sharing (nothing else changes).
  if (state.calendarSharing === undefined) seedSharing(state);
  // A demo tenant saved before the district calendar mailbox existed gets it (nothing else changes).
  seedDistrictCalendar(state, nowMs);
  const anchor = seedWeek(nowMs);
  const seededMonday = DateTime.fromISO(state.seededThrough, { zone: 'America/New_York' }).startOf('week');
  const weeksAhead = Math.round(seededMonday.diff(anchor, 'weeks').weeks);
  if (weeksAhead >= LAST_WEEK) return 0;
  const first = Math.max(FIRST_WEEK, weeksAhead + 1);
  return seedCalendars(state, createRng(DEMO_SEED + Math.round(anchor.toMillis() / 604_800_000)), nowMs, { first, last: LAST_WEEK });
}
