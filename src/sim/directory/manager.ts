/**
 * A user's manager, as Graph serves it: `GET /users/{id}/manager` (the manager as a directoryObject,
 * `@odata.type` `#microsoft.graph.user`; 404 Request_ResourceNotFound when no manager is assigned) and
 * `$expand=manager` (optionally `manager($select=id,displayName)`) on `/users` and `/users/{id}`, where a
 * user without a manager simply has no `manager` property. Reading anyone's manager needs User.Read.All or
 * Directory.Read.All (User.Read only for one's own; User.ReadBasic.All is not enough), as user-list-manager.md says.
 */
import { GraphError } from '../errors.js';
import { applySelect, metadataUrl } from '../odata.js';
import type { Router } from '../router.js';
import type { TenantState } from '../state.js';
import type { Handler, SimRequest } from '../types.js';
import { selectableUserView, USER_SELECTABLE, userView } from './users.js';

const READ_ALL = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];

/** What `$expand=manager(...)` asked for: the manager's properties to keep, or all defaults. */
export interface ManagerExpand {
  readonly select?: string;
}

function requireManagerRead(req: SimRequest, targetUserId: string | undefined): void {
  const { caller } = req;
  if (caller.kind === 'app') {
    if (caller.roles.some((r) => READ_ALL.includes(r))) return;
  } else if (caller.scopes.some((s) => READ_ALL.includes(s)) || (targetUserId !== undefined && targetUserId === caller.userId && caller.scopes.includes('User.Read'))) {
    return;
  }
  throw new GraphError(
    403,
    'Authorization_RequestDenied',
    "Insufficient privileges to complete the operation. (Reading a user's manager needs User.Read.All or Directory.Read.All.)",
  );
}

/** Parses `$expand`; only `manager` is expandable here. Undefined when nothing is expanded. */
export function managerExpand(req: SimRequest): ManagerExpand | undefined {
  const raw = req.query.get('$expand');
  if (raw === null || raw.trim() === '') return undefined;
  const m = /^\s*manager\s*(?:\(\s*\$select\s*=\s*([^)]*)\))?\s*$/i.exec(raw);
  if (!m) {
    const name = raw.split('(')[0]!.trim();
    throw new GraphError(400, 'Request_BadRequest', `Could not find a navigation property named '${name}' on type 'microsoft.graph.user'; this tenant expands only 'manager'.`);
  }
  // A list with managers expanded reads every listed user's manager: the same permission as one.
  requireManagerRead(req, req.params['userId'] === undefined ? undefined : req.user?.id);
  return m[1] !== undefined ? { select: m[1].trim() } : {};
}

function managerRow(state: TenantState, managerId: string, select: string | undefined): Record<string, unknown> | undefined {
  const manager = state.users.find((u) => u.id === managerId);
  if (!manager) return undefined;
  const full = { '@odata.type': '#microsoft.graph.user', ...(select === undefined ? userView(manager) : selectableUserView(manager, state.schools)) };
  if (select === undefined) return full;
  const query = new URLSearchParams({ $select: select });
  return applySelect([full], { query } as SimRequest, USER_SELECTABLE, 'microsoft.graph.user', { keepId: false })[0];
}

/** The row with its `manager` added (left out when the user has none, as Graph does). */
export function withManager(row: Record<string, unknown>, state: TenantState, expand: ManagerExpand, userId: string): Record<string, unknown> {
  const user = state.users.find((u) => u.id === userId);
  const manager = user?.managerId === undefined ? undefined : managerRow(state, user.managerId, expand.select);
  return manager ? { ...row, manager } : row;
}

const getManager: Handler = (req, ctx) => {
  const user = req.user!;
  requireManagerRead(req, user.id);
  const manager = user.managerId === undefined ? undefined : managerRow(ctx.state, user.managerId, req.query.get('$select') ?? undefined);
  if (!manager) throw new GraphError(404, 'Request_ResourceNotFound', "Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
  return { status: 200, body: { '@odata.context': metadataUrl(ctx.baseUrl, 'directoryObjects/$entity'), ...manager } };
};

export function registerManagerRoutes(router: Router): void {
  router.add('GET', '/users/{userId}/manager', getManager);
}
