/**
 * A user's direct reports, as Graph serves them: `GET /users/{id}/directReports` (and `/me/directReports`),
 * the users whose manager is this user, as directoryObjects typed `#microsoft.graph.user`, paged, `$select`
 * honoured. Delegated callers need User.Read with User.ReadBasic.All (or a higher directory permission),
 * apps User.Read.All or higher, as user-list-directreports.md says.
 */
import { GraphError } from '../errors.js';
import { applySelect, contextFor, metadataUrl } from '../odata.js';
import { page } from '../paging.js';
import type { Router } from '../router.js';
import type { Handler, SimRequest } from '../types.js';
import { selectableUserView, USER_SELECTABLE, userView } from './users.js';

const DIRECTORY_READ = ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const APP_READ = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];

function requireDirectReportsRead(req: SimRequest): void {
  const { caller } = req;
  const allowed = caller.kind === 'app' ? caller.roles.some((r) => APP_READ.includes(r)) : caller.scopes.some((s) => DIRECTORY_READ.includes(s));
  if (allowed) return;
  throw new GraphError(
    403,
    'Authorization_RequestDenied',
    "Insufficient privileges to complete the operation. (Listing a user's direct reports needs User.Read and User.ReadBasic.All, or User.Read.All.)",
  );
}

const listDirectReports: Handler = (req, ctx) => {
  const user = req.user!;
  requireDirectReportsRead(req);
  const reports = ctx.state.users.filter((u) => u.managerId === user.id).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const rows = req.query.get('$select')
    ? applySelect(
        reports.map((u) => selectableUserView(u, ctx.state.schools)),
        req,
        USER_SELECTABLE,
        'microsoft.graph.user',
        { keepId: false },
      )
    : reports.map((u) => userView(u));
  const typed = rows.map((row) => ({ '@odata.type': '#microsoft.graph.user', ...row }));
  const result = page(typed, req, { defaultTop: 100, maxTop: 999, honorMaxPageSize: false });
  return { status: 200, body: { '@odata.context': metadataUrl(ctx.baseUrl, contextFor('directoryObjects', req)), ...result } };
};

export function registerDirectReportsRoutes(router: Router): void {
  router.add('GET', '/users/{userId}/directReports', listDirectReports);
}
