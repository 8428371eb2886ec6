/**
 * /privacy and /terms, which the app manifest links (developer.privacyUrl, termsOfUseUrl) and Teams
 * and Outlook show in the app's details. Plain, self-contained HTML: no script, so the pages load under
 * the strictest policy and read well on any device.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#242424;background:#fff}' +
  '@media (prefers-color-scheme:dark){body{color:#f0f0f0;background:#1f1f1f}a{color:#9ec6f3}}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem}';

const PRIVACY = `
<h1>Common Time: privacy</h1>
<p>Common Time helps school principals and their coaches find and protect time to work together. It runs in your
district's Microsoft 365 tenant and works with your data there, through Microsoft Graph, as you.</p>
<h2>What it reads, and why</h2>
<ul>
<li><strong>Free/busy and working hours</strong> of the people you plan with, to find common time. It sees when people are busy, not what their other meetings are.</li>
<li><strong>Your own calendar</strong>: the collaboration invitations you send and receive (subject, time, place, agenda, answers), so you can book, answer and follow them.</li>
<li><strong>Directory profiles</strong> of colleagues: name, e-mail address, job title, school (office location) and school address, to build cohorts and to place learning walks.</li>
<li><strong>Your mailbox settings</strong>: your time zone and working hours, to show times as Outlook does.</li>
<li>In Outlook, <strong>the open meeting</strong>: its attendees, time, place and body, only when you open Common Time on it.</li>
</ul>
<h2>What it keeps</h2>
<p>Meetings, agendas and answers stay in your district's Microsoft 365 mailboxes. The Common Time server keeps no copy
of calendars or profiles; your browser keeps unsent work (a note you are typing, a plan in progress) for the current
session only. District administrators see totals of protected collaboration time per person and school, which the
server reads from calendars when a report is asked for.</p>
<h2>Who to ask</h2>
<p>Your district runs Common Time. Questions about your data go to your district's Microsoft 365 administrator, who can
also withdraw the app's permissions at any time.</p>`;

const TERMS = `
<h1>Common Time: terms of use</h1>
<p>Common Time is provided to your district under the MIT License, as is, without warranty of any kind.</p>
<ul>
<li>Use it for your district's work: planning, booking and answering collaboration time between school leaders.</li>
<li>What you book is an ordinary Outlook meeting; your district's policies for e-mail and calendars apply to it.</li>
<li>Your district decides who may use Common Time and which permissions it holds, and may remove it at any time.</li>
</ul>
<p>Questions go to your district's Microsoft 365 administrator.</p>`;

const PAGES: Record<string, { title: string; body: string }> = {
  '/privacy': { title: 'Common Time: privacy', body: PRIVACY },
  '/terms': { title: 'Common Time: terms of use', body: TERMS },
};

export function isLegalPath(pathname: string): boolean {
  return Object.hasOwn(PAGES, pathname.replace(/\/+$/, ''));
}

export function serveLegalPage(req: IncomingMessage, res: ServerResponse, pathname: string, headers: Record<string, string>): void {
  const page = PAGES[pathname.replace(/\/+$/, '')]!;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end(`${pathname} only answers GET.`);
    return;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title}</title><style>${STYLE}</style></head><body>${page.body}</body></html>`;
  res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : html);
}
