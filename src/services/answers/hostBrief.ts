/**
 * Host-owned walk briefs. The coach sets the rotation and its shared focus; each host adds their school's
 * focus question, classrooms and look-fors when they accept, or later by answering again. Only the organizer
 * can edit the walk's event (event-update.md), so the host sends the brief in their answer's note, Graph's own
 * channel from attendee to organizer; the coach's app, reading the answers, keeps the newest brief on the
 * walk (CommonTime.HostBrief) and adds it to the invitation's body, which Graph sends on to the visitors.
 * The host's own copy would not do: the coach cannot read another person's calendar unless it is shared.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { escapeHtml } from '../../core/agenda/escapeHtml.js';
import { hostBriefNote, parseHostBrief, type HostBrief } from '../../core/booking/hostBrief.js';
import { buildHostBriefProperty, parseHostBriefProperty, parseWalkRoster, type MyAnswer } from '../../graph/index.js';
import { ME } from '../booking/bookingGateway.js';
import { answerAndKeep, type FollowUpGateway } from './followUp.js';

/** The host answers (accept by default) with their school's brief in the note. */
export async function answerWithHostBrief(
  gateway: FollowUpGateway,
  hostCopyId: string,
  brief: HostBrief,
  options: { readonly note?: string; readonly action?: 'accept' | 'tentativelyAccept'; readonly nowMs: number },
): Promise<MyAnswer> {
  return answerAndKeep(gateway, hostCopyId, options.action ?? 'accept', { comment: hostBriefNote(brief, options.note), nowMs: options.nowMs });
}

export interface WalkBrief {
  readonly eventId: string;
  readonly subject: string;
  readonly host: string;
  /** The brief now on the walk, or undefined while the host has sent none. */
  readonly brief?: HostBrief;
  /** True when this read found a newer brief and put it on the walk. */
  readonly updated: boolean;
}

const BLOCK = /<div class="ct-host-brief">[\s\S]*?<\/div>/;

/** The brief as the invitation shows it: plain escaped text in a block this service can find and replace. */
export function hostBriefHtml(brief: HostBrief, hostName: string): string {
  const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  return [
    '<div class="ct-host-brief">',
    `<h3>From the host, ${escapeHtml(hostName)}</h3>`,
    ...(brief.focusQuestion ? [`<p><strong>Focus question:</strong> ${escapeHtml(brief.focusQuestion)}</p>`] : []),
    ...(brief.classrooms.length ? ['<p><strong>Classrooms to visit:</strong></p>', list(brief.classrooms)] : []),
    ...(brief.lookFors.length ? ['<p><strong>Look-fors:</strong></p>', list(brief.lookFors)] : []),
    '</div>',
  ].join('');
}

function withBrief(bodyHtml: string, block: string): string {
  if (BLOCK.test(bodyHtml)) return bodyHtml.replace(BLOCK, block);
  return /<\/body>/i.test(bodyHtml) ? bodyHtml.replace(/<\/body>/i, `${block}</body>`) : `${bodyHtml}${block}`;
}

const lower = (s: string | null | undefined): string => (s ?? '').trim().toLowerCase();

/**
 * Reads the hosts' answers for the coach's walks (one plan, or all) and puts each newer brief on its walk.
 * Safe to run on every look at Sent invites: a walk whose brief is current is not touched.
 */
export async function collectHostBriefs(gateway: FollowUpGateway, options: { readonly planId?: string } = {}): Promise<WalkBrief[]> {
  const walks = await gateway.findTaggedEvents(ME, { kind: 'learningWalk', ...(options.planId ? { planId: options.planId } : {}) });
  const results: WalkBrief[] = [];
  for (const { event } of walks) {
    const eventId = event.id ?? '';
    const host = parseWalkRoster(event)?.host.address ?? event.attendees?.[0]?.emailAddress?.address ?? '';
    const hostName = parseWalkRoster(event)?.host.name ?? event.attendees?.find((a) => lower(a.emailAddress?.address) === lower(host))?.emailAddress?.name ?? host;
    const stored = parseHostBriefProperty(event);
    const notes = await gateway.responseNotes(ME, { id: eventId, subject: event.subject ?? '', sinceMs: Date.parse(event.createdDateTime ?? '') || 0 });
    // Newest first: the host's latest answer that carries a brief wins.
    const latest = notes.find((n) => lower(n.from.address) === lower(host) && parseHostBrief(n.note) !== undefined);
    const base = { eventId, subject: event.subject ?? '', host };
    if (!latest || stored?.messageId === latest.messageId) {
      results.push({ ...base, ...(stored ? { brief: stored.brief } : {}), updated: false });
      continue;
    }
    const brief = parseHostBrief(latest.note)!.brief;
    const current: Event = await gateway.getEvent(ME, eventId, { select: ['body'] });
    await gateway.updateEvent(ME, eventId, {
      body: { contentType: 'html', content: withBrief(current.body?.content ?? '', hostBriefHtml(brief, hostName)) },
      singleValueExtendedProperties: [buildHostBriefProperty({ brief, sentMs: latest.receivedMs, messageId: latest.messageId })],
    });
    results.push({ ...base, brief, updated: true });
  }
  return results;
}
