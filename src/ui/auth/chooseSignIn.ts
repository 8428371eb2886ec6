/**
 * How to sign in, per host. Nested app authentication first, where the host says it can broker our
 * tokens: Outlook by the NestedAppAuth 1.1 requirement set, Teams by its own check. Otherwise a
 * fallback that works there: Outlook's dialog API (Microsoft's sign-in page cannot run in the task
 * pane's frame), Teams' authentication window, and in a plain browser a pop-up that returns through
 * MSAL's redirect bridge page.
 */
import type { HostContext } from '../host/hostContext.js';
import { supports } from '../host/office/index.js';

export type SignInMethod = 'nestedAppAuth' | 'officeDialog' | 'teamsAuthenticate' | 'browserPopup';

export function chooseSignIn(host: HostContext): SignInMethod {
  if (host.kind === 'outlook' && host.office) return supports(host.office.office, 'nestedAppAuth') ? 'nestedAppAuth' : 'officeDialog';
  if (host.kind === 'teams' && host.teams) return host.teams.nestedAppAuthRecommended ? 'nestedAppAuth' : 'teamsAuthenticate';
  return 'browserPopup';
}

/** The pages the fallbacks use; each is a redirect URI in manifest/aad.manifest.json or opens one. */
export const AUTH_PAGES = {
  /** MSAL's redirect bridge (popup and redirect flows come back here). Registered as a SPA redirect URI. */
  redirect: '/auth/redirect.html',
  /** Runs the redirect sign-in inside Outlook's dialog or Teams' authentication window, then reports back. */
  dialog: '/auth/dialog.html',
} as const;
