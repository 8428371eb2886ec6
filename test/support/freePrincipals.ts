import { createGraphGateway } from '../../src/graph/index.js';
import type { SimHandle } from '../../src/sim/server.js';
import type { SimUser } from '../../src/sim/state.js';

/** A seeded person as booking names them: their sign-in address and display name. */
export interface DemoPerson {
  readonly address: string;
  readonly name: string;
}

export const demoPerson = (u: SimUser): DemoPerson => ({ address: u.userPrincipalName, name: u.displayName });

/**
 * Up to `count` of the demo's principals whom free/busy (read through Graph as `viewer`) shows free for the
 * whole of every slot: the seeded calendars have their own items, so a test books only where nobody is busy.
 */
export async function principalsFreeAt(
  sim: Pick<SimHandle, 'state' | 'graphUrl' | 'tokenFor'>,
  viewer: string,
  slots: readonly { readonly start: number; readonly end: number }[],
  count: number,
): Promise<DemoPerson[]> {
  const graph = createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(viewer) });
  const all = sim.state.users.filter((u) => u.role === 'principal').map(demoPerson);
  let free = all;
  for (const slot of slots) {
    const info = await graph.getSchedules(
      all.map((p) => p.address),
      { start: new Date(slot.start).toISOString(), end: new Date(slot.end).toISOString() },
      { intervalMinutes: 15 },
    );
    const freeNow = new Set(info.filter((i) => /^0+$/.test(i.availabilityView ?? '')).map((i) => i.scheduleId!.toLowerCase()));
    free = free.filter((p) => freeNow.has(p.address.toLowerCase()));
  }
  return free.slice(0, count);
}
