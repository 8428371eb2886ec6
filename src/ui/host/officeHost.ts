/**
 * The Outlook task pane loads Office.js from Microsoft's CDN only when it runs inside Outlook. In the
 * demo (a plain browser, no external network) Office.js is absent and the pane works without it.
 * This file alone touches the `Office` global.
 */
import type { OfficeHost } from './hostContext.js';

const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const READY_TIMEOUT_MS = 5000;

/** Outlook opens the pane with `_host_Info=Outlook|...` in the query string; a browser tab does not. */
export function isLaunchedByOffice(search: string): boolean {
  return /(^|[?&])_host_Info=/i.test(search);
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.appendChild(script);
  });
}

export async function connectToOffice(): Promise<OfficeHost | undefined> {
  if (typeof Office === 'undefined') {
    if (!isLaunchedByOffice(window.location.search)) return undefined;
    try {
      await loadScript(OFFICE_JS_URL);
    } catch {
      return undefined;
    }
  }
  if (typeof Office === 'undefined') return undefined;
  const info = await Promise.race([
    Office.onReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), READY_TIMEOUT_MS)),
  ]);
  if (!info?.host) return undefined;
  const itemEventId = currentItemEventId();
  return { host: String(info.host), userEmail: Office.context?.mailbox?.userProfile?.emailAddress, ...(itemEventId && { itemEventId }) };
}

/** The open item's id in Graph's form, when the pane was opened on a meeting (Outlook gives an EWS id). */
function currentItemEventId(): string | undefined {
  const mailbox = Office.context?.mailbox;
  const item = mailbox?.item;
  if (!mailbox || !item?.itemId || String(item.itemType) !== 'appointment') return undefined;
  try {
    return mailbox.convertToRestId(item.itemId, Office.MailboxEnums.RestVersion.v2_0);
  } catch {
    return undefined;
  }
}
