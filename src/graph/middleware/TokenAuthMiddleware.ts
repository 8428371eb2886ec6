/**
 * Puts `Authorization: Bearer <token>` on requests to the configured Graph origin, with the token from
 * the caller's token source (MSAL in production, the demo tenant's tokens in the demo).
 *
 * Why not the SDK's AuthenticationHandler: it recognises only https Graph hosts (and strips the header
 * from anything else), while the demo tenant is plain http on 127.0.0.1. This link is the same idea,
 * keyed on the one origin this gateway talks to, so a token never leaves for another host.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { requestUrl, setRequestHeader } from './requestPolicy.js';

export type TokenSource = () => Promise<string>;

export class TokenAuthMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly getToken: TokenSource,
    private readonly graphOrigin: string,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('TokenAuthMiddleware: no next middleware; it cannot be the last link of the chain.');
    if (new URL(requestUrl(context)).origin === this.graphOrigin) {
      setRequestHeader(context, 'Authorization', `Bearer ${await this.getToken()}`);
    } else {
      setRequestHeader(context, 'Authorization', undefined);
    }
    await this.next.execute(context);
  }
}
