/**
 * The one thing that differs between the demo and production in the browser: where tokens come from.
 * The gateway only ever calls `getToken()`.
 */
export interface SignedInUser {
  readonly upn: string;
  readonly displayName: string;
  /** Seeded role in the demo ("coach", "principal", ...); undefined in production. */
  readonly role?: string;
}

export interface TokenSource {
  readonly user: SignedInUser;
  getToken(): Promise<string>;
  /** A token for Common Time's own `/api` (the district report), where the host can give one. */
  getApiToken?(): Promise<string>;
  signOut(): Promise<void>;
}

/** A sign-in problem a person can act on; `message` is shown as is. */
export class SignInError extends Error {
  override name = 'SignInError';
}

/** The token source's `/api` token getter, bound (every `/api` call but the public config and templates sends it). */
export function apiTokenOf(source: TokenSource): (() => Promise<string>) | undefined {
  return source.getApiToken ? () => source.getApiToken!() : undefined;
}
