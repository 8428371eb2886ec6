/**
 * A Teams join link (or an event's web link) from Graph, fit to put behind a button: absolute https only.
 * Graph's own links are https; anything else in `onlineMeeting.joinUrl` (javascript:, data:, http:, a
 * relative path) did not come from Teams, and a button must not open it.
 */
export function httpsLink(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !URL.canParse(raw.trim())) return undefined;
  const url = new URL(raw.trim());
  return url.protocol === 'https:' && url.hostname !== '' ? url.href : undefined;
}
