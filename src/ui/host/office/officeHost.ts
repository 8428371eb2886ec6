/**
 * Connects to Outlook when the task pane runs inside it. The add-in's HTML loads Office.js from
 * Microsoft's CDN in its <head> (Microsoft requires that); in a plain browser (the demo, or no network)
 * Office is absent, or present but with no host, and the pane runs without it.
 */
/// <reference types="office-js" />
import type { OfficeHost } from '../hostContext.js';
import type { OfficeApi } from './officeCalls.js';

const READY_TIMEOUT_MS = 5000;

/** The Office.js global, when the page loaded it. */
export function officeGlobal(): OfficeApi | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/** Office.onReady, or undefined when Office.js is absent or does not answer in time. */
export async function officeReady(office: OfficeApi | undefined = officeGlobal()): Promise<{ host: Office.HostType | null } | undefined> {
  if (!office?.onReady) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const info = await Promise.race([
    office.onReady().catch(() => undefined),
    new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), READY_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  return info;
}

export async function connectToOffice(office: OfficeApi | undefined = officeGlobal()): Promise<OfficeHost | undefined> {
  const info = await officeReady(office);
  if (!office || !info?.host) return undefined;
  const locale = office.context?.displayLanguage;
  return { host: String(info.host), userEmail: office.context?.mailbox?.userProfile?.emailAddress, ...(locale && { locale }), office };
}
