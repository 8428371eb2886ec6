/**
 * Demo sign-in: the demo tenant hands out a signed token for any seeded person (`/demo/token?user=UPN`).
 * Tokens are reused until a minute before they expire.
 */
import { SignInError } from './tokenSource.js';
import type { SignedInUser, TokenSource } from './tokenSource.js';
import { nowMs } from '../common/today.js';

/** A seeded person one may act as, as `/demo/people` lists them. */
export interface DemoPerson {
  readonly upn: string;
  readonly name: string;
  /** 'coach', 'principal' or 'districtAdmin' in the seeded district. */
  readonly role: string;
  readonly jobTitle?: string;
  readonly school?: string | null;
  readonly timeZone?: string;
}

export async function fetchDemoPeople(peopleUrl: string): Promise<DemoPerson[]> {
  let response: Response;
  try {
    response = await fetch(peopleUrl);
  } catch {
    throw new SignInError('The demo tenant is not answering. Is `npm start` still running?');
  }
  if (!response.ok) throw new SignInError(`The demo tenant could not list its people (HTTP ${response.status}).`);
  const body = (await response.json()) as unknown;
  const list = Array.isArray(body) ? body : (body as { value?: unknown }).value;
  if (!Array.isArray(list)) throw new SignInError('The demo tenant answered with an unexpected list of people.');
  return list.filter(isDemoPerson);
}

function isDemoPerson(value: unknown): value is DemoPerson {
  const p = value as Partial<DemoPerson> | null;
  return typeof p?.upn === 'string' && typeof p.name === 'string' && typeof p.role === 'string';
}

/** Seconds since the epoch at which the JWT expires, read without verifying (the server verifies). */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp : undefined;
  } catch {
    return undefined;
  }
}

export function createDemoTokenSource(tokenUrl: string, person: DemoPerson, now: () => number = nowMs, scopes: readonly string[] = [], apiScope?: string): TokenSource {
  const user: SignedInUser = { upn: person.upn, displayName: person.name, role: person.role };
  // One cache per audience: Graph's token and the API's token, asked for the way Entra ID is asked.
  const cached = new Map<string, { token: string; expiresAt: number }>();
  const fetchToken = async (scope: string | undefined): Promise<string> => {
    const hit = cached.get(scope ?? '');
    if (hit && hit.expiresAt - 60_000 > now()) return hit.token;
    // Graph's token carries the permissions production asks for (`scopes`), so the demo tenant holds it to the
    // same limits; the API's token is asked for by its scope, as from Entra ID.
    const ask = scope ? `&scope=${encodeURIComponent(scope)}` : scopes.length > 0 ? `&scopes=${encodeURIComponent(scopes.join(' '))}` : '';
    const url = `${tokenUrl}?user=${encodeURIComponent(person.upn)}${ask}`;
    let response: Response;
    try {
      response = await fetch(url);
    } catch {
      throw new SignInError('The demo tenant is not answering, so you could not be signed in. Is `npm start` still running?');
    }
    if (!response.ok) throw new SignInError(`The demo tenant would not sign in ${person.name} (HTTP ${response.status}).`);
    const body = (await response.json()) as { access_token?: unknown };
    if (typeof body.access_token !== 'string') throw new SignInError('The demo tenant answered without a token.');
    const exp = tokenExpiry(body.access_token);
    cached.set(scope ?? '', { token: body.access_token, expiresAt: exp === undefined ? now() + 5 * 60_000 : exp * 1000 });
    return body.access_token;
  };
  return {
    user,
    getToken: () => fetchToken(undefined),
    ...(apiScope ? { getApiToken: () => fetchToken(apiScope) } : {}),
    async signOut() {
      cached.clear();
    },
  };
}
