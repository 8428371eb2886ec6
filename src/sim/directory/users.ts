/** `/users`, `/users/{id}` (and `/me`): Graph's user resource with its default properties. */
import type { User } from '@microsoft/microsoft-graph-types';
import { GraphError } from '../errors.js';
import { applyOrderBy, applySelect, contextFor, metadataUrl, parseDirectorySearch, parseFilter, wantsCount } from '../odata.js';
import { page } from '../paging.js';
import type { Router } from '../router.js';
import type { SimSchool, SimUser } from '../state.js';
import type { Handler } from '../types.js';
import { managerExpand, registerManagerRoutes, withManager } from './manager.js';

/** The properties Graph returns for a user when there is no $select. */
export function userView(u: SimUser): User & Record<string, unknown> {
  return {
    businessPhones: u.businessPhones,
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: u.mobilePhone,
    officeLocation: u.officeLocation,
    preferredLanguage: u.preferredLanguage,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
  };
}

/** A principal's postal address is their school's (Graph's user address properties); others have none. */
function addressView(u: SimUser, schools: readonly SimSchool[]): Record<string, string | null> {
  const address = schools.find((s) => s.id === u.schoolId)?.address;
  return {
    streetAddress: address?.street ?? null,
    city: address?.city ?? null,
    state: address?.state ?? null,
    postalCode: address?.postalCode ?? null,
    country: address?.countryOrRegion ?? null,
  };
}

/** Properties that $select may add beyond the defaults. */
export function selectableUserView(u: SimUser, schools: readonly SimSchool[]): Record<string, unknown> {
  return {
    ...userView(u),
    department: u.department,
    accountEnabled: true,
    userType: 'Member',
    mailNickname: u.userPrincipalName.split('@')[0],
    mailboxSettings: null,
    employeeHireDate: u.employeeHireDate ?? null,
    ...addressView(u, schools),
  };
}

const ADDRESS_PROPERTIES = ['streetAddress', 'city', 'state', 'postalCode', 'country'];
export const USER_SELECTABLE = [
  'id',
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'department',
  'accountEnabled',
  'userType',
  'mailNickname',
  'employeeHireDate',
  ...ADDRESS_PROPERTIES,
];
const FILTERABLE = ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'jobTitle', 'department', 'officeLocation', 'id'];
const SEARCHABLE = ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'jobTitle', 'department'];

const listUsers: Handler = (req, ctx) => {
  const filter = parseFilter(req.query.get('$filter'), FILTERABLE);
  const search = parseDirectorySearch(req, SEARCHABLE);
  const count = wantsCount(req);
  const rows = applyOrderBy(
    ctx.state.users.map((u) => selectableUserView(u, ctx.state.schools)).filter((r) => filter(r) && search(r)),
    req,
    ['displayName', 'userPrincipalName', 'givenName', 'surname'],
  );
  const expand = managerExpand(req);
  const shown = req.query.get('$select') ? applySelect(rows, req, USER_SELECTABLE, 'microsoft.graph.user', { keepId: false }) : rows.map(stripExtras);
  // The expanded manager is matched to its user by id, which $select may have left out.
  const selected = expand ? shown.map((row, i) => withManager(row, ctx.state, expand, rows[i]!['id'] as string)) : shown;
  const result = page(selected, req, { defaultTop: 100, maxTop: 999, honorMaxPageSize: false });
  return {
    status: 200,
    body: { '@odata.context': metadataUrl(ctx.baseUrl, contextFor('users', req)), ...(count ? { '@odata.count': selected.length } : {}), ...result },
  };
};

function stripExtras(row: Record<string, unknown>): Record<string, unknown> {
  const { department: _d, accountEnabled: _a, userType: _t, mailNickname: _n, mailboxSettings: _m, employeeHireDate: _h, ...rest } = row;
  for (const key of ADDRESS_PROPERTIES) delete rest[key];
  return rest;
}

const getUser: Handler = (req, ctx) => {
  const user = req.user;
  if (!user)
    throw new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${req.params['userId'] ?? ''}' does not exist or one of its queried reference-property objects are not present.`,
    );
  const expand = managerExpand(req);
  const shown = req.query.get('$select')
    ? applySelect([selectableUserView(user, ctx.state.schools)], req, USER_SELECTABLE, 'microsoft.graph.user', { keepId: false })[0]!
    : userView(user);
  const row = expand ? withManager(shown, ctx.state, expand, user.id) : shown;
  return { status: 200, body: { '@odata.context': metadataUrl(ctx.baseUrl, `${contextFor('users', req)}/$entity`), ...row } };
};

export function registerUserRoutes(router: Router): void {
  router.add('GET', '/users', listUsers);
  router.add('GET', '/users/{userId}', getUser);
  registerManagerRoutes(router);
}
