/**
 * MSAL's redirect bridge (msal-browser v5): Microsoft's sign-in comes back here, and the result goes to
 * the window that asked (a pop-up's opener), or, for a redirect sign-in, back to the page it started on.
 * Registered as a single-page-application redirect URI in manifest/aad.manifest.json.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = `Sign-in could not finish: ${error instanceof Error ? error.message : String(error)}. Close this window and try again.`;
});
