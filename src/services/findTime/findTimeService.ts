/**
 * Find time, the use cases: common times for one meeting, a repeating series, a learning-walk rotation,
 * peer-coaching pairs. Each reads the cohort's free/busy through the gateway (domain shapes), reports
 * progress, stops on its signal, and answers with a result tagged by its kind. The planners of series,
 * rotations and pairs are imported when first asked for: in the tab they are not on a coach's first page.
 */
import type { DirectoryPerson } from '../../core/directory/model.js';
import type { SentInvite } from '../../core/invites/model.js';
import type { GraphGateway, GraphReads } from '../../graph/index.js';
import type { Interval } from '../../core/time/interval.js';
import { throwIfAborted, untilAborted, type LongWorkOptions } from '../longWork.js';
import type { PairsSuggestion } from './suggestPairs.js';
import type { DistrictSettings } from '../relations/districtSettings.js';
import type { PairsGateway } from '../relations/pairCohort.js';
import type { RotationSuggestion } from './suggestRotation.js';
import type { RecurringRequest, SeriesSuggestions } from './suggestSeries.js';
import { recurringWindow } from './seriesWindow.js';
import { suggestTimes, type Suggestions } from './suggestTimes.js';
import { ruledSearch, type SearchRuleSettings } from '../searchRules.js';
import { districtBlackouts, withDistrictCalendar } from '../../core/district/index.js';

export type FindTimeReads = Pick<GraphReads, 'readSchedules' | 'mySentInvites'>;

interface CohortRequest {
  readonly cohort: readonly DirectoryPerson[];
  /** IANA zone the coach plans in. */
  readonly timeZone: string;
  readonly tentativeCountsAsFree: boolean;
  /**
   * Addresses of cohort members invited as optional (as in Outlook): read and said how they stand, never
   * deciding whether a time fits. The organizer is always required.
   */
  readonly optional?: readonly string[];
}

export interface FindTimesRequest extends CohortRequest {
  readonly window: Interval;
  readonly durationMinutes: number;
  /** At least this many free; default everyone. */
  readonly minAvailable?: number;
  /** The coach booking it: their own calendar is read with the cohort's, whether or not they are in it. */
  readonly organizer?: DirectoryPerson;
  /** The session kind: the notice it needs (a learning walk waits two school days). */
  readonly kind?: string;
  /** How many times to rank (default 10): more when the screen spreads them over days. */
  readonly maxResults?: number;
}

export type FindSeriesRequest = CohortRequest &
  Omit<RecurringRequest, 'timeZone' | 'tentativeCountsAsFree' | 'constraints'> & {
    /** The coach booking it: their own calendar is read with the cohort's. */
    readonly organizer?: DirectoryPerson;
  };

export interface FindRotationRequest extends CohortRequest {
  readonly window: Interval;
  readonly visitMinutes: number;
  readonly travelMinutes: number;
  readonly minAttendees?: number;
}

export type FindPairsRequest = Omit<FindSeriesRequest, 'minAvailable'> & {
  /** The signed-in coach arranging the pairs (never paired). */
  readonly arrangedBy?: string;
  /** The cohort's group, when it is one: its owners run it and are not paired. */
  readonly groupId?: string;
};

/** What pairing reads beyond free/busy: who supervises whom, experience, every coach's pairs (services/relations). */
export interface PairingRelations {
  readonly gateway: PairsGateway & Pick<GraphGateway, 'listGroupOwners'>;
  district(): Promise<DistrictSettings>;
  /** The tab's one clock (epoch ms): "today" for years in role and for which pairs still meet. */
  readonly clock: () => number;
}

export type FindTimeResult =
  | { readonly kind: 'times'; readonly cohort: readonly DirectoryPerson[]; readonly result: Suggestions }
  | { readonly kind: 'series'; readonly cohort: readonly DirectoryPerson[]; readonly result: SeriesSuggestions }
  | { readonly kind: 'rotation'; readonly cohort: readonly DirectoryPerson[]; readonly result: RotationSuggestion }
  | { readonly kind: 'pairs'; readonly cohort: readonly DirectoryPerson[]; readonly result: PairsSuggestion };

type ResultOf<K extends FindTimeResult['kind']> = Extract<FindTimeResult, { kind: K }>;

export interface FindTimeService {
  findTimes(request: FindTimesRequest, options?: LongWorkOptions): Promise<ResultOf<'times'>>;
  findSeries(request: FindSeriesRequest, options?: LongWorkOptions): Promise<ResultOf<'series'>>;
  findRotation(request: FindRotationRequest, options?: LongWorkOptions): Promise<ResultOf<'rotation'>>;
  /** Last term's pairs (the coach's earlier peer-coaching bookings) are not repeated. */
  findPairs(request: FindPairsRequest, options?: LongWorkOptions): Promise<ResultOf<'pairs'>>;
}

/** The organizer first when they are not in the cohort already (a group they belong to has them). */
export function withOrganizer(cohort: readonly DirectoryPerson[], organizer: DirectoryPerson | undefined): readonly DirectoryPerson[] {
  if (!organizer || cohort.some((p) => p.mail.toLowerCase() === organizer.mail.toLowerCase())) return cohort;
  return [organizer, ...cohort];
}

/** The optional addresses without the organizer: the coach's own calendar always decides. */
export function optionalBesides(optional: readonly string[] | undefined, organizer: DirectoryPerson | undefined): readonly string[] {
  const own = organizer?.mail.toLowerCase();
  return (optional ?? []).filter((a) => a.toLowerCase() !== own);
}

/**
 * `rules`: the app's clock and district calendar; with them every search keeps the notice a session needs
 * and the district's closures (the tab always passes them; without them a search takes its window as given).
 */
export function createFindTimeService(reads: FindTimeReads, relations?: PairingRelations, rules?: SearchRuleSettings): FindTimeService {
  const readCohort = async (cohort: readonly DirectoryPerson[], window: Interval, options: LongWorkOptions) => {
    const { signal, onProgress } = options;
    const who = `${cohort.length} ${cohort.length === 1 ? 'person' : 'people'}`;
    onProgress?.({ message: `Reading free/busy for ${who}...` });
    const schedules = await untilAborted(
      reads.readSchedules(
        cohort.map((p) => p.mail),
        window,
        {
          ...(onProgress && { onProgress: ({ done, total }) => onProgress({ message: `Reading free/busy for ${who}: ${done} of ${total} parts done...`, done, total }) }),
        },
      ),
      signal,
    );
    throwIfAborted(signal);
    onProgress?.({ message: 'Finding the best times...' });
    return schedules;
  };

  return {
    async findTimes(request, options = {}) {
      const cohort = withOrganizer(request.cohort, request.organizer);
      const ruled = rules
        ? ruledSearch({ window: request.window, timeZone: request.timeZone, ...(request.kind && { kind: request.kind }) }, rules)
        : { window: request.window, notes: [] };
      if (!ruled.window) {
        const empty: Suggestions = { slots: [], partial: [], nearMisses: [], candidatesChecked: 0, unreadable: [], availability: [], notes: ruled.notes };
        return { kind: 'times', cohort, result: empty };
      }
      const schedules = await readCohort(cohort, ruled.window, options);
      const result = suggestTimes(schedules, cohort, {
        window: ruled.window,
        durationMinutes: request.durationMinutes,
        timeZone: request.timeZone,
        minAvailable: request.minAvailable,
        tentativeCountsAsFree: request.tentativeCountsAsFree,
        ...(request.maxResults !== undefined && { maxResults: request.maxResults }),
        ...(ruled.constraints && { constraints: ruled.constraints }),
        optional: optionalBesides(request.optional, request.organizer),
        ...(request.organizer && { organizer: request.organizer.mail }),
      });
      return { kind: 'times', cohort, result: { ...result, notes: ruled.notes } };
    },
    async findSeries(request, options = {}) {
      const { cohort: picked, organizer, optional, ...recurring } = request;
      const cohort = withOrganizer(picked, organizer);
      // Every date of a series keeps the district's calendar: a date in the winter break is marked, not booked over.
      const constraints = withDistrictCalendar(undefined, rules?.districtCalendar);
      const [schedules, { suggestSeries }] = await Promise.all([
        readCohort(cohort, recurringWindow(request.firstDate, request.sessions, request.repeat, request.timeZone), options),
        import('./suggestSeries.js'),
      ]);
      return {
        kind: 'series',
        cohort,
        result: suggestSeries(schedules, cohort, {
          ...recurring,
          ...(constraints && { constraints: { ...constraints, timeZone: request.timeZone } }),
          optional: optionalBesides(optional, organizer),
        }),
      };
    },
    async findRotation(request, options = {}) {
      // A rotation's visits are hosted by each principal in turn: nobody in it is optional.
      const { cohort, optional: _optional, ...rotation } = request;
      // A walk waits two school days (the host prepares classrooms and a brief) and never lands on a closure.
      const ruled = rules ? ruledSearch({ window: request.window, timeZone: request.timeZone, kind: 'learningWalk' }, rules) : { window: request.window, notes: [] };
      if (!ruled.window) {
        const empty: RotationSuggestion = { visits: [], unplaced: [], warnings: [], notes: ruled.notes, notHosts: [], complete: true, unreadable: [] };
        return { kind: 'rotation', cohort, result: empty };
      }
      const [schedules, { suggestRotation }] = await Promise.all([readCohort(cohort, ruled.window, options), import('./suggestRotation.js')]);
      const blackouts = rules?.districtCalendar ? districtBlackouts(rules.districtCalendar) : undefined;
      const result = suggestRotation(schedules, cohort, { ...rotation, window: ruled.window, ...(blackouts && { blackouts }) });
      return { kind: 'rotation', cohort, result: { ...result, notes: ruled.notes } };
    },
    async findPairs(request, options = {}) {
      const { cohort, ...recurring } = request;
      const window = recurringWindow(request.firstDate, request.sessions, request.repeat, request.timeZone);
      // Pairs meet as equals: nobody in a pair is optional.
      const { arrangedBy, groupId, optional: _optional, ...series } = recurring;
      const prepare = async () => {
        if (!relations) return undefined;
        options.onProgress?.({ message: "Reading who supervises whom and every coach's pairs..." });
        const [district, owners] = await Promise.all([relations.district(), groupId ? relations.gateway.listGroupOwners(groupId) : Promise.resolve([])]);
        const runBy = owners.map((o) => o.address);
        const { pairCohort } = await import('../relations/pairCohort.js');
        return pairCohort(relations.gateway, {
          cohort: cohort.map((p) => ({ address: p.mail, name: p.displayName })),
          arrangedBy: arrangedBy ?? '',
          runBy,
          district,
          asOfMs: relations.clock(),
        });
      };
      const [schedules, sent, prepared, { suggestPairs }] = await Promise.all([
        readCohort(cohort, window, options),
        untilAborted(reads.mySentInvites(), options.signal),
        untilAborted(prepare(), options.signal),
        import('./suggestPairs.js'),
      ]);
      return { kind: 'pairs', cohort, result: suggestPairs(schedules, cohort, series, earlierPairs(sent), prepared) };
    },
  };
}

/** Last term's pairs: the people of each of the coach's earlier peer-coaching bookings. */
export function earlierPairs(sent: readonly SentInvite[]): string[][] {
  return sent.filter((i) => i.kind === 'peerCoaching').map((i) => i.answers.map((a) => a.address));
}
