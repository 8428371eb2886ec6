/**
 * Every `/v1.0` route module of the demo tenant. The calendar half (src/sim/calendar/) registers its
 * routes here too, with the same Router contract (see router.ts and types.ts).
 */
import { registerCalendarRoutes } from './calendar/routes.js';
import { registerDirectoryRoutes } from './directory/routes.js';
import { registerMailRoutes } from './mail/routes.js';
import type { Router } from './router.js';

export function registerGraphRoutes(router: Router): Router {
  registerDirectoryRoutes(router);
  registerCalendarRoutes(router);
  registerMailRoutes(router);
  return router;
}
