/// <reference types="office-js" />
/**
 * The two things every Office.js call here needs: is the requirement set there (isSetSupported), and
 * the callback API as a promise. Office is passed in, never read from a global inside the calls, so
 * tests hand in office-addin-mock objects and the demo hands in its fake mailbox.
 */
import { OfficeCallError, OfficeUnsupportedError, REQUIREMENTS } from './requirements.js';
import type { OfficeFeature } from './requirements.js';

/** The part of `Office` this module uses (structural, so a mock or the demo's fake fits). */
export type OfficeApi = Pick<typeof Office, 'context'> & Partial<Pick<typeof Office, 'onReady'>>;

export function supports(office: OfficeApi, feature: OfficeFeature): boolean {
  const { set, version } = REQUIREMENTS[feature];
  try {
    return office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

export function requireFeature(office: OfficeApi, feature: OfficeFeature): void {
  if (!supports(office, feature)) throw new OfficeUnsupportedError(feature);
}

interface AsyncResultLike<T> {
  readonly status: Office.AsyncResultStatus | string;
  readonly value: T;
  readonly error?: { readonly name?: string; readonly message?: string; readonly code?: number } | null;
}

/** Runs a callback-style Office.js method as a promise; a failed result becomes an OfficeCallError. */
export function officeCall<T>(what: string, run: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      run((result) => {
        if (String(result.status) === 'succeeded') resolve(result.value);
        else reject(new OfficeCallError(what, result.error?.name ?? 'Unknown', result.error?.message ?? ''));
      });
    } catch (error) {
      reject(new OfficeCallError(what, 'Exception', error instanceof Error ? error.message : String(error)));
    }
  });
}
