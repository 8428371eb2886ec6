/** The supervision relation and start dates of a cohort, read through the gateway in one batched pass. */
import { buildSupervision, type PersonRelations, type Supervision } from '../../core/planning/supervision.js';
import type { GraphGateway } from '../../graph/index.js';
import type { DistrictSettings } from './districtSettings.js';

export type RelationsGateway = Pick<GraphGateway, 'getRelationsMany'>;

export interface CohortSupervision {
  readonly supervision: Supervision;
  /** Start in the role by lower-case address, where the directory has it. */
  readonly startedMs: ReadonlyMap<string, number>;
  readonly relations: readonly PersonRelations[];
  /** People whose manager could not be read, with Graph's reason in words. */
  readonly unreadable: readonly { readonly address: string; readonly message: string }[];
}

export async function readSupervision(gateway: RelationsGateway, addresses: readonly string[], district: Pick<DistrictSettings, 'evaluators'>): Promise<CohortSupervision> {
  const results = addresses.length === 0 ? [] : await gateway.getRelationsMany(addresses);
  const relations = results.flatMap((r) => (r.relations ? [{ ...r.relations, address: r.user }] : []));
  const startedMs = new Map(relations.flatMap((r) => (r.startedMs === undefined ? [] : [[r.address.toLowerCase(), r.startedMs] as const])));
  return {
    supervision: buildSupervision(relations, district.evaluators),
    startedMs,
    relations,
    unreadable: results.flatMap((r) => (r.error ? [{ address: r.user, message: r.error.message }] : [])),
  };
}
