/**
 * Two coaches booking the same people at the same time: each, right after its create, looks at those
 * people's calendars. Every booking that overlaps is ordered by (createdDateTime, iCalUId), which both
 * coaches read the same from the same mailboxes; the earliest stays and every later one is withdrawn by
 * its own organizer. The later booking always sees the earlier one (it was committed first), so exactly
 * one of them remains.
 */
import type { Interval } from '../time/interval.js';
import { overlaps } from '../time/interval.js';

/** One meeting as seen in an invitee's calendar (occurrences resolved to their series). */
export interface SeenMeeting extends Interval {
  /** The meeting's iCalUId (the series' for an occurrence): the same in every mailbox. */
  readonly meetingId: string;
  readonly createdMs: number;
  /** free, tentative, busy, oof, workingElsewhere, unknown. */
  readonly showAs: string;
  readonly isCancelled: boolean;
  /** True for an invitation not answered yet (what a rival coach's fresh booking looks like). */
  readonly unanswered: boolean;
  readonly organizer?: string;
}

export interface RaceVerdict {
  readonly lost: boolean;
  /** Who is double-booked by an earlier meeting, when lost. */
  readonly who: readonly string[];
  /** The earlier meeting's organizer, when known. */
  readonly winnerOrganizer?: string;
}

/** An unanswered invitation this close to our own create counts as a rival even when tentative counts as free. */
export const RACE_WINDOW_MS = 10 * 60_000;

function key(m: { createdMs: number; meetingId: string }): [number, string] {
  return [m.createdMs, m.meetingId];
}

function before(a: [number, string], b: [number, string]): boolean {
  return a[0] !== b[0] ? a[0] < b[0] : a[1] < b[1];
}

export function raceVerdict(
  ours: { readonly meetingId: string; readonly createdMs: number; readonly occurrences: readonly Interval[] },
  seen: ReadonlyMap<string, readonly SeenMeeting[]>,
  tentative: 'busy' | 'free',
): RaceVerdict {
  const who: string[] = [];
  let winner: SeenMeeting | undefined;
  for (const [address, meetings] of seen) {
    const own = meetings.find((m) => m.meetingId === ours.meetingId);
    const ourKey = key({ meetingId: ours.meetingId, createdMs: own?.createdMs ?? ours.createdMs });
    const rival = meetings.find((m) => {
      if (m.meetingId === ours.meetingId || m.isCancelled || m.showAs === 'free') return false;
      const blocks = m.showAs !== 'tentative' || tentative === 'busy' || (m.unanswered && Math.abs(m.createdMs - ours.createdMs) <= RACE_WINDOW_MS);
      return blocks && ours.occurrences.some((o) => overlaps(o, m)) && before(key(m), ourKey);
    });
    if (rival) {
      who.push(address);
      winner ??= rival;
    }
  }
  return { lost: who.length > 0, who, ...(winner?.organizer ? { winnerOrganizer: winner.organizer } : {}) };
}
