/**
 * Host-owned walk briefs. The coach sets the rotation and its shared focus; each host adds their school's
 * focus question, classrooms and look-fors when they accept, or later by answering again. Only the organizer
 * can edit the walk's event (event-update.md), so the host sends the brief in their answer's note, Graph's own
 * channel from attendee to organizer; the coach's app, reading the answers, keeps the newest brief on the
 * walk (CommonTime.HostBrief) and adds it to the invitation's body, which Graph sends on to the visitors.
 * The host's own copy would not do: the coach cannot read another person's calendar unless it is shared.
 */
import { escapeHtml } from '../../core/agenda/escapeHtml.js';
import { hostBriefNote, parseHostBrief, type HostBrief } from '../../core/booking/hostBrief.js';
import { createRelationsCalendar, type MyAnswer } from '../../graph/index.js';
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
  const calendar = createRelationsCalendar(gateway);
  const results: WalkBrief[] = [];
  for (const walk of await calendar.walks(options.planId)) {
    const notes = await gateway.responseNotes(ME, { id: walk.id, subject: walk.subject, sinceMs: walk.createdMs });
    // Newest first: the host's latest answer that carries a brief wins.
    const latest = notes.find((n) => lower(n.from.address) === lower(walk.host.address) && parseHostBrief(n.note) !== undefined);
    const base = { eventId: walk.id, subject: walk.subject, host: walk.host.address };
    if (!latest || walk.brief?.messageId === latest.messageId) {
      results.push({ ...base, ...(walk.brief ? { brief: walk.brief.brief } : {}), updated: false });
      continue;
    }
    const brief = parseHostBrief(latest.note)!.brief;
    await calendar.setHostBrief(walk.id, { brief, sentMs: latest.receivedMs, messageId: latest.messageId }, (body) =>
      withBrief(body, hostBriefHtml(brief, walk.host.name ?? walk.host.address)),
    );
    results.push({ ...base, brief, updated: true });
  }
  return results;
}
