/**
 * Managing booked sessions as the screens call it: the session read back from Graph, its upcoming meetings,
 * the next free times to move it to, move and cancel, and a series' closure dates settled. The app's clock
 * and the district calendar are given once here, so every move is checked against the same rules as a search.
 */
import type { SessionCalendar, SessionEvent } from '../../core/booking/sessionEvents.js';
import { DEFAULT_NOTICE, earliestStart, type ClosureClash, type DistrictCalendar } from '../../core/district/index.js';
import type { Interval } from '../../core/time/interval.js';
import { cancelSession, moveSeries, moveSession, nextMoveTimes, type CancelOutcome, type MoveOutcome, type SeriesMoveOutcome } from './manageSession.js';
import { settleSeriesClosures, type ClosureSettlement } from './seriesClosures.js';

export interface ManageSettings {
  readonly now: () => number;
  readonly districtCalendar?: DistrictCalendar;
}

export interface MoveChoices {
  readonly event: SessionEvent;
  /** The next times everyone it needs is free, earliest first. */
  readonly times: readonly Interval[];
  /** The earliest a new time may start (the notice people need). */
  readonly notBefore: number;
}

export interface ManageService {
  read(eventId: string): Promise<SessionEvent>;
  /** A series' meetings from now on (each with its own id), earliest first. */
  upcoming(seriesId: string, days?: number): Promise<SessionEvent[]>;
  moveChoices(eventId: string, timeZone: string): Promise<MoveChoices>;
  move(eventId: string, to: Interval, timeZone: string): Promise<MoveOutcome>;
  /** Every meeting of a series to a new start time of day ("14:30"), same dates and length, all re-checked first. */
  moveSeries(seriesId: string, startTime: string, timeZone: string): Promise<SeriesMoveOutcome>;
  cancel(eventId: string, comment?: string): Promise<CancelOutcome>;
  settleClosures(input: {
    readonly seriesId: string;
    readonly clashes: readonly ClosureClash[];
    readonly choice: 'skip' | 'move';
    readonly timeZone: string;
  }): Promise<ClosureSettlement[]>;
  readonly districtCalendar?: DistrictCalendar;
}

const DAY_MS = 86_400_000;

export function createManageService(calendar: SessionCalendar, settings: ManageSettings): ManageService {
  const district = settings.districtCalendar ? { districtCalendar: settings.districtCalendar } : {};
  return {
    ...district,
    read: (eventId) => calendar.readSession(eventId),
    async upcoming(seriesId, days = 366) {
      const now = settings.now();
      const meetings = await calendar.seriesOccurrences(seriesId, { start: now, end: now + days * DAY_MS });
      return meetings.filter((m) => m.end > now).sort((a, b) => a.start - b.start);
    },
    moveChoices: (eventId, timeZone) => nextMoveTimes(calendar, { eventId, timeZone, now: settings.now(), ...district }),
    async move(eventId, to, timeZone) {
      const notBefore = earliestStart(settings.now(), timeZone, DEFAULT_NOTICE, settings.districtCalendar).at;
      return moveSession(calendar, { eventId, to, timeZone, notBefore, ...district });
    },
    async moveSeries(seriesId, startTime, timeZone) {
      const now = settings.now();
      const notBefore = earliestStart(now, timeZone, DEFAULT_NOTICE, settings.districtCalendar).at;
      return moveSeries(calendar, { seriesId, startTime, timeZone, now, notBefore, ...district });
    },
    cancel: (eventId, comment) => cancelSession(calendar, eventId, comment),
    settleClosures: (input) => settleSeriesClosures(calendar, input),
  };
}
