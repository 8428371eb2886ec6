/**
 * `/users/{id}/people` (`/me/people`): the people relevant to the user, for picking attendees.
 * `$search=ana` (quoted or not) matches the start of any word of the name or address. Relevance is
 * modelled simply: people who share a group with the user come first.
 */
import type { Person } from '@microsoft/microsoft-graph-types';
import { metadataUrl } from '../odata.js';
import { page } from '../paging.js';
import type { Router } from '../router.js';
import type { SimUser, TenantState } from '../state.js';
import type { Handler } from '../types.js';

export function personView(u: SimUser, score: number): Person & Record<string, unknown> {
  return {
    id: u.id,
    displayName: u.displayName,
    givenName: u.givenName,
    surname: u.surname,
    birthday: '',
    personNotes: '',
    isFavorite: false,
    jobTitle: u.jobTitle,
    companyName: null,
    yomiCompany: '',
    department: u.department,
    officeLocation: u.officeLocation,
    profession: '',
    userPrincipalName: u.userPrincipalName,
    imAddress: `sip:${u.userPrincipalName}`,
    scoredEmailAddresses: [{ address: u.mail, relevanceScore: score, selectionLikelihood: 'notSpecified' }],
    phones: u.businessPhones.map((number) => ({ type: 'business' as const, number })),
    postalAddresses: [],
    websites: [],
    personType: { class: 'Person', subclass: 'OrganizationUser' },
  };
}

function sharedGroups(state: TenantState, a: string, b: string): number {
  return state.groups.filter((g) => g.memberIds.includes(a) && g.memberIds.includes(b)).length;
}

const listPeople: Handler = (req, ctx) => {
  const me = req.user!;
  const raw = req.query.get('$search');
  const text =
    raw === null
      ? ''
      : raw
          .trim()
          .replace(/^"(.*)"$/, '$1')
          .toLowerCase();
  const matches = (u: SimUser): boolean =>
    text === '' ||
    [u.displayName, u.mail, u.userPrincipalName].some((s) =>
      s
        .toLowerCase()
        .split(/[\s.@_-]+/)
        .some((w) => w.startsWith(text)),
    );
  const ranked = ctx.state.users
    .filter((u) => u.id !== me.id && matches(u))
    .map((u) => ({ u, shared: sharedGroups(ctx.state, me.id, u.id) }))
    .sort((a, b) => b.shared - a.shared || a.u.displayName.localeCompare(b.u.displayName))
    .map(({ u, shared }) => personView(u, 8 + shared));
  return {
    status: 200,
    body: { '@odata.context': metadataUrl(ctx.baseUrl, `users('${me.id}')/people`), ...page(ranked, req, { defaultTop: 10, maxTop: 1000, honorMaxPageSize: false }) },
  };
};

export function registerPeopleRoutes(router: Router): void {
  router.add('GET', '/users/{userId}/people', listPeople);
}
