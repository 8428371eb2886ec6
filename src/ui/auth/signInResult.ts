/**
 * What the sign-in window (Outlook's dialog, Teams' authentication window) reports to the pane that
 * opened it: a token, or a failure a person can read. JSON, because both hosts pass a string.
 */
export type SignInResult =
  | {
      readonly status: 'ok';
      readonly accessToken: string;
      readonly expiresOn: number;
      readonly username: string;
      readonly name?: string;
      /** A token for Common Time's own `/api` (district settings, the report), when the window could get one. */
      readonly apiAccessToken?: string;
      readonly apiExpiresOn?: number;
    }
  | { readonly status: 'error'; readonly message: string };

export function parseSignInResult(text: string): SignInResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'error', message: 'The sign-in window answered with something that is not a sign-in result.' };
  }
  const v = value as Partial<Record<string, unknown>>;
  if (v?.['status'] === 'ok' && typeof v['accessToken'] === 'string' && typeof v['expiresOn'] === 'number' && typeof v['username'] === 'string') {
    const api = typeof v['apiAccessToken'] === 'string' && typeof v['apiExpiresOn'] === 'number' ? { apiAccessToken: v['apiAccessToken'], apiExpiresOn: v['apiExpiresOn'] } : {};
    return {
      status: 'ok',
      accessToken: v['accessToken'],
      expiresOn: v['expiresOn'],
      username: v['username'],
      ...(typeof v['name'] === 'string' && { name: v['name'] }),
      ...api,
    };
  }
  if (v?.['status'] === 'error' && typeof v['message'] === 'string') return { status: 'error', message: v['message'] };
  return { status: 'error', message: 'The sign-in window answered without a token.' };
}
