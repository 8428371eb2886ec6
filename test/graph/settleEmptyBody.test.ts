import { describe, expect, it } from '@jest/globals';
import { settleEmptyBody } from '../../src/graph/middleware/RetryMiddleware.js';

describe('settleEmptyBody', () => {
  it('reads a bodiless success to its end, so no unread stream is left for the browser to cancel', async () => {
    for (const status of [202, 204]) {
      const original = new Response(status === 204 ? null : '', { status, headers: { 'content-length': '0' } });
      const settled = await settleEmptyBody(original);
      expect(settled.status).toBe(status);
      expect(settled.body).toBeNull();
      if (status === 202) expect(original.bodyUsed).toBe(true);
    }
  });

  it('keeps a body that is there (a 202 with JSON) and leaves other answers untouched', async () => {
    const withJson = await settleEmptyBody(new Response('{"ok":true}', { status: 202, headers: { 'content-type': 'application/json' } }));
    expect(await withJson.json()).toEqual({ ok: true });
    const ok = new Response('{"value":[]}', { status: 200 });
    expect(await settleEmptyBody(ok)).toBe(ok);
    expect(ok.bodyUsed).toBe(false);
  });
});
