/** Builds a fresh tenant: the demo district (directory and calendars) or an empty one. */
import { randomUUID } from 'node:crypto';
import { emptyTenant, type TenantState } from '../state.js';
import { seedCalendars } from './calendars.js';
import { buildDirectory } from './district.js';
import { createRng } from './prng.js';

/** The district is the same on every run; only the tenant and client ids are made fresh, locally. */
export const DEMO_SEED = 20260824;

export async function seedTenant(mode: 'demo' | 'empty', nowMs: number): Promise<TenantState> {
  const state = emptyTenant(randomUUID(), randomUUID());
  if (mode === 'empty') return state;
  const rng = createRng(DEMO_SEED);
  buildDirectory(state, rng);
  seedCalendars(state, rng, nowMs);
  return state;
}
