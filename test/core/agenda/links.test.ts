/**
 * Links in rendered agendas open in a new window and tell the page nothing of where they came from;
 * a Teams join link behind a button is https or nothing. Checked on what the renderer writes, on HTML
 * that comes back from Graph (the demo tenant, over HTTP), and on hostile input.
 */
import { describe, expect, it } from '@jest/globals';
import { BUILT_IN_TEMPLATES, findTemplate, renderAgenda, sanitizeAgendaHtml } from '../../../src/core/agenda/index.js';
import { httpsLink } from '../../../src/core/agenda/joinLink.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';

const ANCHOR = /<a\b[^>]*>/g;

describe('links in agendas', () => {
  it('open in a new window with rel="noopener noreferrer", whatever target or rel the HTML had', () => {
    const html = sanitizeAgendaHtml(
      '<p><a href="https://a.example" target="_self">a</a> <a href="https://b.example" target="_top" rel="opener">b</a> <a href="mailto:x@y.example">c</a></p>',
    );
    const anchors = html.match(ANCHOR)!;
    expect(anchors).toHaveLength(3);
    for (const a of anchors) {
      expect(a).toContain('target="_blank"');
      expect(a).toContain('rel="noopener noreferrer"');
      expect(a).not.toMatch(/_self|_top|"opener"/);
    }
  });

  it('keep that after a round trip through Graph: the invite body read back is still safe and opens new windows', async () => {
    const sim: SimHandle = await startSim({ seed: 'demo' });
    try {
      const coach = sim.state.users.find((u) => u.role === 'coach')!;
      const token = await sim.tokenFor(coach.userPrincipalName);
      const dig = findTemplate(BUILT_IN_TEMPLATES, 'data-dig')!;
      const { html } = renderAgenda(dig, { dataSet: 'Attendance', dataLink: 'https://example.org/data' });
      const created = await fetch(`${sim.graphUrl}/me/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          subject: 'Data dig',
          body: { contentType: 'html', content: `${html}<p><a href="https://evil.example" target="_parent">x</a><a href="javascript:alert(1)">y</a></p>` },
          start: { dateTime: '2031-03-03T09:00:00', timeZone: 'UTC' },
          end: { dateTime: '2031-03-03T10:00:00', timeZone: 'UTC' },
        }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const read = (await (await fetch(`${sim.graphUrl}/me/events/${id}?$select=body`, { headers: { authorization: `Bearer ${token}` } })).json()) as { body: { content: string } };
      const shown = sanitizeAgendaHtml(read.body.content);
      const anchors = shown.match(ANCHOR)!;
      expect(anchors.map((a) => /href="([^"]*)"/.exec(a)?.[1] ?? null)).toEqual(['https://example.org/data', 'https://evil.example', null]);
      for (const a of anchors) expect(a).toMatch(/rel="noopener noreferrer" target="_blank"/);
    } finally {
      await sim.close();
    }
  });
});

describe('httpsLink (Teams join links and web links behind a button)', () => {
  it('keeps an https link as Graph gives it', () => {
    const join = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d';
    expect(httpsLink(join)).toBe(join);
  });

  it.each([
    'http://teams.microsoft.com/l/meetup-join/x',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/l/meetup-join/x',
    'https:',
    '  ',
    42,
    null,
    undefined,
  ])('refuses %p', (raw) => {
    expect(httpsLink(raw)).toBeUndefined();
  });
});
