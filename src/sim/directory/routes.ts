/** The directory half of the demo tenant: users, groups, people and mailbox settings. */
import type { Router } from '../router.js';
import { registerDirectReportsRoutes } from './directReports.js';
import { registerDirectoryExtras } from './extras.js';
import { registerGroupRoutes } from './groups.js';
import { registerMailboxSettingsRoutes } from './mailboxSettings.js';
import { registerPeopleRoutes } from './people.js';
import { registerUserRoutes } from './users.js';

export function registerDirectoryRoutes(router: Router): void {
  registerUserRoutes(router);
  registerDirectReportsRoutes(router);
  registerGroupRoutes(router);
  registerPeopleRoutes(router);
  registerMailboxSettingsRoutes(router);
  registerDirectoryExtras(router);
}
