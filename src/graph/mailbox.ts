/**
 * Which mailbox a Graph request addresses, so that the concurrency limit can count per mailbox, and
 * the path of a full Graph URL relative to the API root (for `@odata.nextLink`).
 */

/**
 * The mailbox key of a path relative to the API root: `me`, or the lower-cased id or UPN after
 * `/users/`. Paths that reach no mailbox (`/groups/...`, `/$batch`, `/users/{id}` itself) give undefined.
 * @example mailboxOfPath('/users/Ana%40contoso.org/calendar/getSchedule') // 'ana@contoso.org'
 */
export function mailboxOfPath(relativePath: string): string | undefined {
  const path = relativePath.split('?')[0] ?? '';
  const segments = path.split('/').filter((s) => s.length > 0);
  const [first, second] = segments;
  if (first === undefined) return undefined;
  if (first.toLowerCase() === 'me') return segments.length > 1 ? 'me' : undefined;
  if (first.toLowerCase() === 'users' && second !== undefined && segments.length > 2) return safeDecode(second).toLowerCase();
  return undefined;
}

/**
 * `url` relative to `apiRoot` (e.g. `https://graph.microsoft.com/v1.0`), with a leading slash, or
 * undefined when the URL points elsewhere: the gateway never sends its token to another host.
 */
export function relativeToRoot(url: string, apiRoot: string): string | undefined {
  const root = apiRoot.replace(/\/+$/, '');
  if (url.toLowerCase().startsWith(root.toLowerCase() + '/') || url.toLowerCase() === root.toLowerCase()) {
    const rest = url.slice(root.length);
    return rest.startsWith('/') ? rest : `/${rest}`;
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
