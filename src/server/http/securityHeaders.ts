/**
 * The Content-Security-Policy for the app's pages. Teams and Outlook embed the tab and task pane in
 * frames, so frame-ancestors lists their hosts; Office.js comes from Microsoft's CDN only.
 */
import type { PublicConfig } from '../publicConfig.js';

/**
 * Every host that frames the tab or the task pane, as Microsoft's tab requirements list them: all hosts
 * (*.cloud.microsoft), Teams, the Microsoft 365 app (*.microsoft365.com, *.office.com) and Outlook on
 * the web (and its -sdf rings); *.officeapps.live.com for Office on the web's add-in frames.
 */
export const HOST_FRAMES = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://*.officeapps.live.com',
];

export function contentSecurityPolicy(config: PublicConfig): string {
  // The demo's Graph and token endpoints are on this origin (forwarded to the demo tenant).
  const connect = config.mode === 'production' ? ["'self'", new URL(config.graphBaseUrl).origin, 'https://login.microsoftonline.com'] : ["'self'"];
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com https://res.cdn.office.net",
    // Fluent UI (Griffel) inserts its rules at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${[...new Set(connect)].join(' ')}`,
    `frame-ancestors 'self' ${HOST_FRAMES.join(' ')}`,
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
  ].join('; ');
}
