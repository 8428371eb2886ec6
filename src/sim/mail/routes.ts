/**
 * GET /users/{id}/messages and /messages/{id} for the response messages of the demo tenant (the only
 * mail it models). The owner reads their mailbox with Mail.Read; apps need the Mail.Read role. Another
 * person's mailbox needs Mail.Read.Shared and a mail folder that person shared, and nobody in the demo
 * district shares mail (calendar sharing, src/sim/calendar/sharing.ts, does not open the inbox), so a
 * delegated caller gets Exchange's 403 ErrorAccessDenied for it. Newest first, 10 a page by default
 * (user-list-messages.md), `$top` up to 1000.
 */
import { GraphError } from '../errors.js';
import { applySelect, metadataUrl } from '../odata.js';
import { page } from '../paging.js';
import type { Router } from '../router.js';
import type { Handler, SimRequest } from '../types.js';
import { itemNotFound } from '../calendar/change.js';
import { ACCESS_DENIED } from '../calendar/access.js';
import { calendarOf } from '../calendar/model.js';
import { presentEvent } from '../calendar/present.js';
import { mailboxOf } from './responses.js';
import { MESSAGE_PROPERTIES, presentMessage, type BodyFormat } from './present.js';

const LIST_OPTIONS = ['$top', '$skiptoken', '$select'];
const ONE_OPTIONS = ['$select', '$expand'];

function requireMailboxAccess(req: SimRequest): void {
  const { caller } = req;
  if (caller.kind === 'app' || req.user!.id === caller.userId) return;
  throw new GraphError(403, 'ErrorAccessDenied', ACCESS_DENIED);
}

function rejectOptions(req: SimRequest, allowed: string[]): void {
  for (const key of req.query.keys()) {
    if (key.startsWith('$') && !allowed.includes(key.toLowerCase())) {
      throw new GraphError(400, 'BadRequest', `The query option '${key}' is not supported on messages here; use ${allowed.join(', ')}.`);
    }
  }
}

/** `Prefer: outlook.body-content-type="text"` or `"html"` (the default), echoed when honoured. */
function bodyFormat(req: SimRequest): { format: BodyFormat; headers: Record<string, string> } {
  const wanted = req.prefer.all['outlook.body-content-type']?.toLowerCase();
  if (wanted === 'text' || wanted === 'html') return { format: wanted, headers: { 'Preference-Applied': `outlook.body-content-type="${wanted}"` } };
  return { format: 'html', headers: {} };
}

const list: Handler = (req, ctx) => {
  requireMailboxAccess(req);
  rejectOptions(req, LIST_OPTIONS);
  const { format, headers } = bodyFormat(req);
  const items = [...mailboxOf((ctx.state.mailboxes ??= {}), req.user!.id).items].reverse();
  const rows = applySelect(
    items.map((m) => presentMessage(m, format)),
    req,
    MESSAGE_PROPERTIES,
    'microsoft.graph.message',
  );
  const result = page(rows, req, { defaultTop: 10, maxTop: 1000, honorMaxPageSize: false });
  const body: Record<string, unknown> = { '@odata.context': metadataUrl(ctx.baseUrl, `users('${req.user!.id}')/messages`), value: result.value };
  if (result['@odata.nextLink'] !== undefined) body['@odata.nextLink'] = result['@odata.nextLink'];
  return { status: 200, headers, body };
};

const getOne: Handler = (req, ctx) => {
  requireMailboxAccess(req);
  rejectOptions(req, ONE_OPTIONS);
  const message = mailboxOf((ctx.state.mailboxes ??= {}), req.user!.id).items.find((m) => m.id === req.params['messageId']);
  if (message === undefined) throw itemNotFound();
  const expand = req.query.get('$expand');
  // eventmessage-get.md expands through the type cast: `$expand=microsoft.graph.eventMessage/event`.
  if (expand !== null && !['event', 'microsoft.graph.eventmessage/event'].includes(expand.trim().toLowerCase())) {
    throw new GraphError(400, 'BadRequest', `$expand '${expand}' is not supported on messages; use $expand=microsoft.graph.eventMessage/event.`);
  }
  const { format, headers } = bodyFormat(req);
  const [row] = applySelect([presentMessage(message, format)], req, MESSAGE_PROPERTIES, 'microsoft.graph.message');
  const out: Record<string, unknown> = { '@odata.context': metadataUrl(ctx.baseUrl, `users('${req.user!.id}')/messages/$entity`), ...row };
  if (expand !== null) {
    // The organizer's event, or null once they have deleted it.
    const event = calendarOf(ctx.state.calendars, req.user!.id).events[message.eventId];
    out['event'] = event ? presentEvent(event, { timeZone: 'UTC' }) : null;
  }
  return { status: 200, headers, body: out };
};

export function registerMailRoutes(router: Router): void {
  router.add('GET', '/users/{userId}/messages', list);
  router.add('GET', '/users/{userId}/messages/{messageId}', getOne);
}
