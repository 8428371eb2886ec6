/**
 * The schools a learning walk could visit: those the invited principals lead (their directory
 * officeLocation, which needs User.Read.All), with each school's address where the directory has it.
 */
import type { AddinCalendar, GraphReads } from '../../graph/index.js';
import { useAsync } from '../../ui/common/useAsync.js';
import type { ComposeMeeting } from '../../ui/host/office/index.js';
import { addressLine } from '../../core/booking/location.js';

export interface HostSchoolChoice {
  readonly name: string;
  /** The meeting's location: the school and its street address. */
  readonly location: string;
}

export async function hostSchools(item: ComposeMeeting, calendar: Pick<AddinCalendar, 'people'>, reads: Pick<GraphReads, 'schoolAddresses'>): Promise<HostSchoolChoice[]> {
  const { required, optional } = await item.attendees();
  const people = [...required, ...optional];
  if (people.length === 0) return [];
  const principals = (await calendar.people(people.map((p) => p.address))).filter((p) => p.officeLocation);
  // Without an address the school's name alone is the location.
  const addresses = await reads.schoolAddresses(principals).catch(() => ({}) as Awaited<ReturnType<GraphReads['schoolAddresses']>>);
  const names = [...new Set(principals.map((p) => p.officeLocation!))].sort();
  return names.map((name) => {
    const address = addresses[name];
    return { name, location: address ? `${name}, ${addressLine({ name, address })}` : name };
  });
}

export function useHostSchools(item: ComposeMeeting, calendar: AddinCalendar, reads: GraphReads, wanted: boolean): HostSchoolChoice[] {
  const state = useAsync(() => (wanted ? hostSchools(item, calendar, reads) : undefined), [item, calendar, reads, wanted]);
  return state.status === 'done' ? state.value : [];
}
