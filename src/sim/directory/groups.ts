/** `/groups`, `/groups/{id}` and `/groups/{id}/members` (direct members as directoryObjects). */
import type { Group } from '@microsoft/microsoft-graph-types';
import { GraphError } from '../errors.js';
import { applySelect, contextFor, metadataUrl, parseFilter, wantsCount } from '../odata.js';
import { page } from '../paging.js';
import type { Router } from '../router.js';
import { findGroup, type SimGroup, type TenantState } from '../state.js';
import type { Handler, SimRequest } from '../types.js';
import { USER_SELECTABLE, userView } from './users.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function groupView(g: SimGroup): Group & Record<string, unknown> {
  return {
    id: g.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: g.createdDateTime,
    description: g.description,
    displayName: g.displayName,
    groupTypes: [...g.groupTypes],
    mail: g.mail,
    mailEnabled: g.mailEnabled,
    mailNickname: g.mailNickname,
    securityEnabled: g.securityEnabled,
    visibility: g.visibility,
  };
}

const GROUP_SELECTABLE = [
  'id',
  'deletedDateTime',
  'classification',
  'createdDateTime',
  'description',
  'displayName',
  'groupTypes',
  'mail',
  'mailEnabled',
  'mailNickname',
  'securityEnabled',
  'visibility',
];

function requireGroup(state: TenantState, req: SimRequest): SimGroup {
  const id = req.params['groupId'] ?? '';
  if (!GUID.test(id)) throw new GraphError(400, 'Request_BadRequest', `Invalid object identifier '${id}'.`);
  const g = findGroup(state, id);
  if (!g) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  return g;
}

const listGroups: Handler = (req, ctx) => {
  const filter = parseFilter(req.query.get('$filter'), ['displayName', 'mail', 'mailNickname', 'id']);
  const count = wantsCount(req);
  const rows = applySelect(ctx.state.groups.map(groupView).filter(filter), req, GROUP_SELECTABLE, 'microsoft.graph.group', { keepId: false });
  return {
    status: 200,
    body: {
      '@odata.context': metadataUrl(ctx.baseUrl, contextFor('groups', req)),
      ...(count ? { '@odata.count': rows.length } : {}),
      ...page(rows, req, { defaultTop: 100, maxTop: 999, honorMaxPageSize: false }),
    },
  };
};

const getGroup: Handler = (req, ctx) => {
  const g = requireGroup(ctx.state, req);
  const row = applySelect([groupView(g)], req, GROUP_SELECTABLE, 'microsoft.graph.group', { keepId: false })[0]!;
  return { status: 200, body: { '@odata.context': metadataUrl(ctx.baseUrl, `${contextFor('groups', req)}/$entity`), ...row } };
};

const listMembers: Handler = (req, ctx) => {
  const g = requireGroup(ctx.state, req);
  const count = wantsCount(req);
  const members = g.memberIds.flatMap((id) => {
    const u = ctx.state.users.find((x) => x.id === id);
    return u ? [{ '@odata.type': '#microsoft.graph.user', ...userView(u) }] : [];
  });
  const rows = applySelect(members, req, USER_SELECTABLE, 'microsoft.graph.user', { keepId: false });
  return {
    status: 200,
    body: {
      '@odata.context': metadataUrl(ctx.baseUrl, contextFor('directoryObjects', req)),
      ...(count ? { '@odata.count': rows.length } : {}),
      ...page(rows, req, { defaultTop: 100, maxTop: 999, honorMaxPageSize: false }),
    },
  };
};

/** `owners`: directoryObjects, like members (group-list-owners.md). */
const listOwners: Handler = (req, ctx) => {
  const g = requireGroup(ctx.state, req);
  const owners = (g.ownerIds ?? []).flatMap((id) => {
    const u = ctx.state.users.find((x) => x.id === id);
    return u ? [{ '@odata.type': '#microsoft.graph.user', ...userView(u) }] : [];
  });
  const rows = applySelect(owners, req, USER_SELECTABLE, 'microsoft.graph.user');
  return {
    status: 200,
    body: { '@odata.context': metadataUrl(ctx.baseUrl, contextFor('directoryObjects', req)), ...page(rows, req, { defaultTop: 100, maxTop: 999, honorMaxPageSize: false }) },
  };
};

export function registerGroupRoutes(router: Router): void {
  router.add('GET', '/groups/{groupId}/owners', listOwners);
  router.add('GET', '/groups', listGroups);
  router.add('GET', '/groups/{groupId}', getGroup);
  router.add('GET', '/groups/{groupId}/members', listMembers);
}
