/**
 * Who supervises whom and how long each person has been in their role, read from the directory: one
 * `GET /users/{id}?$select=...,employeeHireDate&$expand=manager($select=...)` per person, batched (20 a
 * `$batch`), answered as the domain's PersonRelations (addresses, epoch ms), not Graph's JSON. Needs
 * User.Read.All (employeeHireDate is returned only on $select; the manager only with User.Read.All or more).
 */
import type { User } from '@microsoft/microsoft-graph-types';
import type { DirectoryPerson } from '../core/directory/model.js';
import type { PersonRelations } from '../core/planning/supervision.js';
import { runSteps } from './batchRunner.js';
import { paged } from './paging.js';
import type { GraphCaller } from './graphCaller.js';
import type { GraphRequestError } from './graphRequestError.js';
import { describePeople, describePerson, userPath } from './people.js';
import { stepError } from './stepError.js';
import { userToPerson } from './domainReads.js';

export type RelationsResult =
  | { readonly user: string; readonly relations: PersonRelations; readonly error?: undefined }
  | { readonly user: string; readonly relations?: undefined; readonly error: GraphRequestError };

const PERSON = ['id', 'displayName', 'mail', 'userPrincipalName'];
const REPORT_FIELDS = [...PERSON, 'jobTitle', 'officeLocation'];
const QUERY = `?$select=${[...PERSON, 'employeeHireDate'].join(',')}&$expand=${encodeURIComponent(`manager($select=${PERSON.join(',')})`)}`;

type UserWithManager = User & { manager?: User & { '@odata.type'?: string } };

function addressOf(u: Pick<User, 'mail' | 'userPrincipalName' | 'id'>): string | undefined {
  return u.mail ?? u.userPrincipalName ?? u.id ?? undefined;
}

/** Graph's user with its expanded manager, as the domain's relations (no manager: null; a contact as manager: its address). */
export function toPersonRelations(requested: string, u: UserWithManager): PersonRelations {
  const hired = u.employeeHireDate ? Date.parse(u.employeeHireDate) : Number.NaN;
  const manager = u.manager;
  const managerAddress = manager ? addressOf(manager) : undefined;
  return {
    address: addressOf(u) ?? requested,
    ...(u.displayName ? { name: u.displayName } : {}),
    managerAddress: managerAddress ?? null,
    ...(manager?.displayName ? { managerName: manager.displayName } : {}),
    ...(Number.isFinite(hired) ? { startedMs: hired } : {}),
  };
}

/** Each person's manager and hire date, in input order; one person's failure does not fail the rest. */
export async function getRelationsMany(
  graph: GraphCaller,
  users: readonly string[],
  options: { onProgress?: (p: { done: number; total: number }) => void } = {},
): Promise<RelationsResult[]> {
  const paths = users.map((u, i) => userPath(u, `users[${i}]`));
  const outcomes = await runSteps(
    graph,
    paths.map((p) => ({ method: 'GET' as const, url: `${p}${QUERY}`, safety: 'idempotent' as const })),
    {
      operation: { subject: `Who supervises ${describePeople(graph.nameOf, users)}`, verb: 'read' },
      ...(options.onProgress ? { onProgress: (done: number, total: number) => options.onProgress!({ done, total }) } : {}),
    },
  );
  return outcomes.map((outcome, i): RelationsResult => {
    const user = users[i]!;
    if (outcome.status >= 200 && outcome.status < 300) return { user, relations: toPersonRelations(user, outcome.body as UserWithManager) };
    return { user, error: stepError(outcome, { subject: `Who supervises ${describePerson(graph.nameOf, user)}`, verb: 'read' }, graph.now()) };
  });
}

/**
 * The owners of a group (directoryObjects; users among them): for a cohort group, the coaches who run it,
 * who arrange its sessions and are nobody's peer partner in it. Needs GroupMember.Read.All or more.
 */
export async function listGroupOwners(graph: GraphCaller, groupId: string): Promise<{ address: string; name?: string }[]> {
  if (typeof groupId !== 'string' || groupId.trim() === '') throw new RangeError('groupId: expected the id of a Microsoft 365 group.');
  const owners = await paged<User & { '@odata.type'?: string }>(graph, `/groups/${encodeURIComponent(groupId.trim())}/owners?$select=id,displayName,mail,userPrincipalName`, {
    subject: `The owners of group ${groupId}`,
    verb: 'read',
  }).collect();
  return owners.flatMap((o) => {
    const address = addressOf(o);
    return address && (o['@odata.type'] ?? '#microsoft.graph.user') === '#microsoft.graph.user' ? [{ address, ...(o.displayName ? { name: o.displayName } : {}) }] : [];
  });
}

/**
 * The users who report to `user` in the directory (their manager is this user): for a principal supervisor,
 * their principals. Contacts among them are left out (nobody books with a contact). Every page; needs
 * User.Read with User.ReadBasic.All, or User.Read.All.
 */
export async function listDirectReports(graph: GraphCaller, user: string): Promise<DirectoryPerson[]> {
  const path = `${userPath(user)}/directReports?$select=${REPORT_FIELDS.join(',')}`;
  const reports = await paged<User & { '@odata.type'?: string }>(graph, path, { subject: `The direct reports of ${describePerson(graph.nameOf, user)}`, verb: 'read' }).collect();
  return reports.flatMap((u) => ((u['@odata.type'] ?? '#microsoft.graph.user') === '#microsoft.graph.user' ? userToPerson(u) : []));
}
