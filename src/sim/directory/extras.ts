/**
 * Small directory reads a Microsoft 365 app makes around the main ones: the organization (tenant name),
 * the groups a user belongs to (`memberOf`, also cast to `microsoft.graph.group`), and profile photos,
 * which demo users do not have (404 ImageNotFound, as Graph answers for a user without one).
 */
import { GraphError } from '../errors.js';
import { applySelect, contextFor, metadataUrl } from '../odata.js';
import { page } from '../paging.js';
import type { Router } from '../router.js';
import type { Handler } from '../types.js';
import { groupView } from './groups.js';

const organization: Handler = (req, ctx) => ({
  status: 200,
  body: {
    '@odata.context': metadataUrl(ctx.baseUrl, 'organization'),
    value: [
      {
        id: ctx.state.tenantId,
        displayName: ctx.state.districtName,
        countryLetterCode: 'US',
        preferredLanguage: 'en',
        tenantType: 'AAD',
        verifiedDomains: [{ capabilities: 'Email, OfficeCommunicationsOnline', isDefault: true, isInitial: true, name: ctx.state.domain, type: 'Managed' }],
      },
    ],
  },
});

const GROUP_FIELDS = ['id', 'displayName', 'description', 'mail', 'mailNickname', 'groupTypes', 'mailEnabled', 'securityEnabled', 'visibility', 'createdDateTime'];

const memberOf: Handler = (req, ctx) => {
  const userId = req.user!.id;
  const rows = ctx.state.groups.filter((g) => g.memberIds.includes(userId)).map((g) => ({ '@odata.type': '#microsoft.graph.group', ...groupView(g) }));
  const cast = req.route.toLowerCase().endsWith('/microsoft.graph.group');
  return {
    status: 200,
    body: {
      '@odata.context': metadataUrl(ctx.baseUrl, contextFor(cast ? 'groups' : 'directoryObjects', req)),
      ...page(applySelect(rows, req, GROUP_FIELDS, 'microsoft.graph.group', { keepId: false }), req, { defaultTop: 100, maxTop: 999, honorMaxPageSize: false }),
    },
  };
};

const noPhoto: Handler = () => {
  throw new GraphError(404, 'ImageNotFound', "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.");
};

export function registerDirectoryExtras(router: Router): void {
  router.add('GET', '/organization', organization);
  for (const rel of ['memberOf', 'transitiveMemberOf']) {
    router.add('GET', `/users/{userId}/${rel}`, memberOf);
    router.add('GET', `/users/{userId}/${rel}/microsoft.graph.group`, memberOf);
  }
  router.add('GET', '/users/{userId}/photo', noPhoto);
  router.add('GET', '/users/{userId}/photo/$value', noPhoto);
}
