/**
 * `POST /users/{id}/events/{id}/forward` (event-forward.md): the organizer or an attendee sends the meeting
 * request on to recipients; 202 with no body; Calendars.Read is enough. Body `ToRecipients` (at least one
 * recipient with an address) and an optional `Comment`; Graph reads property names without regard to case.
 * Forwarded from an attendee's mailbox, the recipient is added to the organizer's copy (and the organizer is
 * told); from the organizer's, the request goes out as it is. The demo tenant keeps each forward on the event
 * (not a Graph property) so its tests can see who was sent the request again and when.
 */
import { GraphError } from '../errors.js';
import { requireEvent } from './change.js';
import type { StoredEvent } from './model.js';

export interface ForwardRecord {
  readonly to: readonly string[];
  readonly comment: string;
  /** UTC ISO. */
  readonly at: string;
}

function invalid(message: string): GraphError {
  return new GraphError(400, 'ErrorInvalidRequest', message);
}

function field(body: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

export function readForward(body: unknown): { to: string[]; names: Map<string, string>; comment: string } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw invalid('Send a JSON object with ToRecipients (and optionally Comment).');
  const raw = body as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!['torecipients', 'comment'].includes(key.toLowerCase())) throw invalid(`The property '${key}' does not exist on the forward action; use ToRecipients and Comment.`);
  }
  const recipients = field(raw, 'ToRecipients');
  if (!Array.isArray(recipients) || recipients.length === 0)
    throw invalid('ToRecipients is required: give at least one recipient, e.g. [{"EmailAddress": {"Address": "dana@contoso.com"}}].');
  const names = new Map<string, string>();
  const to = recipients.map((r, i) => {
    const email = r && typeof r === 'object' ? (field(r as Record<string, unknown>, 'emailAddress') as Record<string, unknown> | undefined) : undefined;
    const address = email ? field(email, 'address') : undefined;
    if (typeof address !== 'string' || !address.includes('@')) throw invalid(`ToRecipients[${i}].EmailAddress.Address must be an email address.`);
    const name = email ? field(email, 'name') : undefined;
    if (typeof name === 'string') names.set(address.toLowerCase(), name);
    return address;
  });
  const comment = field(raw, 'Comment');
  if (comment !== undefined && typeof comment !== 'string') throw invalid('Comment must be text.');
  return { to, names, comment: comment ?? '' };
}

export function forwardEvent(calendars: Record<string, unknown>, userId: string, eventId: string, body: unknown, now: number): StoredEvent {
  const event = requireEvent(calendars, userId, eventId);
  const { to, comment } = readForward(body);
  const record: ForwardRecord = { to, comment, at: new Date(now).toISOString() };
  event.sim.forwards = [...(event.sim.forwards ?? []), record];
  return event;
}
