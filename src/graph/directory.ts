/**
 * People: the members of a cohort's Microsoft 365 group, people search for picking attendees, and
 * each person's mailbox settings (working hours and time zone), batched when there are many.
 */
import type { Group, MailboxSettings, Person, User } from '@microsoft/microsoft-graph-types';
import { runSteps } from './batchRunner.js';
import type { GraphCaller } from './graphCaller.js';
import type { GraphRequestError } from './graphRequestError.js';
import { paged } from './paging.js';
import { describePeople, describePerson, userPath } from './people.js';
import { stepError } from './stepError.js';

export interface ListGroupMembersOptions {
  readonly select?: readonly string[];
  /** Members per page (`$top`, 1 to 999); Graph's default page is 100. */
  readonly pageSize?: number;
}

const DEFAULT_MEMBER_FIELDS = ['id', 'displayName', 'mail', 'userPrincipalName', 'jobTitle', 'officeLocation'];

export interface ListGroupsOptions {
  readonly select?: readonly string[];
  /** Groups per page (`$top`, 1 to 999); Graph's default page is 100. */
  readonly pageSize?: number;
}

const DEFAULT_GROUP_FIELDS = ['id', 'displayName', 'description'];

function topParameter(pageSize: number | undefined): string[] {
  if (pageSize === undefined) return [];
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 999) throw new RangeError(`pageSize: expected a whole number from 1 to 999, got ${pageSize}.`);
  return [`$top=${pageSize}`];
}

/** The tenant's groups a coach can pick a cohort from, every page (a district can have hundreds). */
export async function listGroups(graph: GraphCaller, options: ListGroupsOptions = {}): Promise<Group[]> {
  const query = [`$select=${(options.select ?? DEFAULT_GROUP_FIELDS).map(encodeURIComponent).join(',')}`, ...topParameter(options.pageSize)];
  return paged<Group>(graph, `/groups?${query.join('&')}`, { subject: 'The list of groups', verb: 'read' }).collect();
}

/**
 * The direct members of a group, every page. Members are directory objects: users, and also contacts
 * or nested groups, told apart by `@odata.type`.
 */
export async function listGroupMembers(graph: GraphCaller, groupId: string, options: ListGroupMembersOptions = {}): Promise<User[]> {
  if (typeof groupId !== 'string' || groupId.trim() === '') throw new RangeError('groupId: expected the id of a Microsoft 365 group.');
  const query = [`$select=${(options.select ?? DEFAULT_MEMBER_FIELDS).map(encodeURIComponent).join(',')}`, ...topParameter(options.pageSize)];
  return paged<User>(graph, `/groups/${encodeURIComponent(groupId.trim())}/members?${query.join('&')}`, { subject: `The members of group ${groupId}`, verb: 'read' }).collect();
}

export interface ListUsersOptions {
  /** An OData filter, e.g. `jobTitle eq 'Principal'`. */
  readonly filter?: string;
  readonly select?: readonly string[];
  /** Users per page (`$top`, 1 to 999). */
  readonly pageSize?: number;
}

/** Users of the directory matching a filter, every page (a district can have thousands). */
export async function listUsers(graph: GraphCaller, options: ListUsersOptions = {}): Promise<User[]> {
  const query = [`$select=${(options.select ?? DEFAULT_MEMBER_FIELDS).map(encodeURIComponent).join(',')}`, ...topParameter(options.pageSize ?? 999)];
  if (options.filter) query.push(`$filter=${encodeURIComponent(options.filter)}`);
  return paged<User>(graph, `/users?${query.join('&')}`, { subject: 'The list of users', verb: 'read' }).collect();
}

/** People relevant to the signed-in user whose name or address matches `query` (Graph's People API). */
export async function searchPeople(graph: GraphCaller, query: string, options: { top?: number } = {}): Promise<Person[]> {
  if (typeof query !== 'string' || query.trim() === '') throw new RangeError('query: type part of a name or address to search for.');
  const top = options.top ?? 25;
  if (!Number.isInteger(top) || top < 1 || top > 1000) throw new RangeError(`top: expected a whole number from 1 to 1000, got ${top}.`);
  // $search takes a quoted phrase; a quote inside the phrase would end it early.
  const phrase = `"${query.trim().replace(/"/g, '')}"`;
  const page = await graph.call<{ value?: Person[] }>({
    method: 'GET',
    path: `/me/people?$search=${encodeURIComponent(phrase)}&$top=${top}`,
    operation: { subject: `People matching "${query.trim()}"`, verb: 'searched' },
  });
  return page.value ?? [];
}

export async function getMailboxSettings(graph: GraphCaller, user: string): Promise<MailboxSettings> {
  return graph.call<MailboxSettings>({
    method: 'GET',
    path: `${userPath(user)}/mailboxSettings`,
    operation: { subject: `The mailbox settings of ${describePerson(graph.nameOf, user)}`, verb: 'read' },
  });
}

/** One person's answer in a many-people read: the value, or why it could not be read. */
export type PerUserResult<K extends string, T> =
  | ({ readonly user: string; readonly error?: undefined } & { readonly [key in K]: T })
  | ({ readonly user: string; readonly error: GraphRequestError } & { readonly [key in K]?: undefined });

export type MailboxSettingsResult = PerUserResult<'settings', MailboxSettings>;
export type UserProfileResult = PerUserResult<'profile', User>;

type ProgressOption = { onProgress?: (progress: { done: number; total: number }) => void };

/**
 * One GET per person through `$batch`, in input order. One person's failure (no such mailbox, no
 * permission, a property their directory does not hold) is reported in their entry and does not fail the others.
 */
async function readEach<K extends string, T>(
  graph: GraphCaller,
  users: readonly string[],
  key: K,
  what: string,
  suffix: string,
  options: ProgressOption,
): Promise<PerUserResult<K, T>[]> {
  const paths = users.map((u, i) => userPath(u, `users[${i}]`));
  const outcomes = await runSteps(
    graph,
    paths.map((p) => ({ method: 'GET' as const, url: `${p}${suffix}`, safety: 'idempotent' as const })),
    {
      operation: { subject: `${what} ${describePeople(graph.nameOf, users)}`, verb: 'read' },
      ...(options.onProgress ? { onProgress: (done: number, total: number) => options.onProgress!({ done, total }) } : {}),
    },
  );
  return outcomes.map((outcome, i) => {
    const user = users[i]!;
    if (outcome.status >= 200 && outcome.status < 300) return { user, [key]: outcome.body as T } as PerUserResult<K, T>;
    return { user, error: stepError(outcome, { subject: `${what} ${describePerson(graph.nameOf, user)}`, verb: 'read' }, graph.now()) } as PerUserResult<K, T>;
  });
}

/** Mailbox settings (working hours, time zone) for many people. */
export function getMailboxSettingsMany(graph: GraphCaller, users: readonly string[], options: ProgressOption = {}): Promise<MailboxSettingsResult[]> {
  return readEach<'settings', MailboxSettings>(graph, users, 'settings', 'The mailbox settings of', '/mailboxSettings', options);
}

/**
 * Directory profiles for many people, with the properties Graph returns only when asked (`$select`), such
 * as a principal's office address (streetAddress, city, state, postalCode, country): the school's address.
 */
export function getUsersMany(graph: GraphCaller, users: readonly string[], options: ProgressOption & { select: readonly string[] }): Promise<UserProfileResult[]> {
  if (!Array.isArray(options.select) || options.select.length === 0) throw new RangeError('select: name the user properties to read, e.g. ["officeLocation", "streetAddress"].');
  return readEach<'profile', User>(graph, users, 'profile', 'The directory profile of', `?$select=${options.select.map(encodeURIComponent).join(',')}`, options);
}
