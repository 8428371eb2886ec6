/** Who a draft invites when it is created, and who a learning walk is for. */
import type { BookingPerson, EventDraft } from './model.js';

export interface InviteAtCreate {
  /** 'hostOnly' invites only a learning walk's host: the visitors are added once the host accepts. */
  readonly invite?: 'all' | 'hostOnly';
}

/** The people invited by the create: everyone, or just the host of a host-first learning walk. */
export function invitedAtCreate(draft: EventDraft, options: InviteAtCreate = {}): readonly BookingPerson[] {
  return options.invite === 'hostOnly' && draft.host ? [draft.host] : draft.attendees;
}

/**
 * A learning walk's host and visitors as they go on the organizer's event (the gateway keeps it as the walk's roster): with
 * them in Graph, visitors can be invited later from any browser with the plan id alone. Undefined for
 * events that are not walks.
 */
export function walkRosterOf(draft: EventDraft): { key: string; host: BookingPerson; visitors: BookingPerson[] } | undefined {
  const host = draft.host;
  if (!host) return undefined;
  return { key: draft.key, host, visitors: draft.attendees.filter((p) => p.address.toLowerCase() !== host.address.toLowerCase()) };
}
