/**
 * The schools a learning walk could visit: those the invited principals lead (their directory
 * officeLocation, which needs User.Read.All), with each school's address where the directory has it.
 */
import type { GraphGateway } from '../../graph/index.js';
import type { AppGateway, DirectoryPerson } from '../../ui/graph/appGateway.js';
import { useAsync } from '../../ui/common/useAsync.js';
import type { ComposeMeeting } from '../../ui/host/office/index.js';
import { addressLine } from '../../core/booking/location.js';

export interface HostSchoolChoice {
  readonly name: string;
  /** The meeting's location: the school and its street address. */
  readonly location: string;
}

export async function hostSchools(item: ComposeMeeting, graph: Pick<GraphGateway, 'getUsersMany'>, gateway: Pick<AppGateway, 'schoolAddresses'>): Promise<HostSchoolChoice[]> {
  const { required, optional } = await item.attendees();
  const people = [...required, ...optional];
  if (people.length === 0) return [];
  const profiles = await graph.getUsersMany(people.map((p) => p.address), { select: ['id', 'displayName', 'mail', 'officeLocation'] });
  const principals: DirectoryPerson[] = profiles.flatMap((r, i) => (r.profile?.officeLocation
    ? [{ id: r.profile.id ?? people[i]!.address, displayName: r.profile.displayName ?? people[i]!.name, mail: people[i]!.address, officeLocation: r.profile.officeLocation }]
    : []));
  const addresses = await gateway.schoolAddresses(principals).catch(() => ({}) as Awaited<ReturnType<AppGateway['schoolAddresses']>>);
  const names = [...new Set(principals.map((p) => p.officeLocation!))].sort();
  return names.map((name) => {
    const address = addresses[name];
    return { name, location: address ? `${name}, ${addressLine({ name, address })}` : name };
  });
}

export function useHostSchools(item: ComposeMeeting, graph: GraphGateway, gateway: AppGateway, wanted: boolean): HostSchoolChoice[] {
  const state = useAsync(() => (wanted ? hostSchools(item, graph, gateway) : undefined), [item, graph, gateway, wanted]);
  return state.status === 'done' ? state.value : [];
}
