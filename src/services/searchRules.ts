/**
 * The rules every find-time search keeps besides people's calendars: the district's calendar (closures,
 * the school week) and the notice a session needs, from the app's one injectable clock. A search asks
 * here for its window and rules first, and says the notes to the coach when they changed anything.
 */
import type { TemplateKind } from '../core/agenda/model.js';
import { applyNotice, earliestStart, noticeFor, withDistrictCalendar, type DistrictCalendar, type NoticeRule } from '../core/district/index.js';
import type { SlotConstraints } from '../core/slots/constraints.js';
import type { Interval } from '../core/time/interval.js';

export interface SearchRuleSettings {
  /** "Now", UTC epoch ms: the app's clock (the demo's may be fixed). */
  readonly now: () => number;
  readonly districtCalendar?: DistrictCalendar;
  /** Overrides the notice by session kind (default: noticeFor(kind)). */
  readonly notice?: (kind: TemplateKind | string) => NoticeRule;
}

export interface RuledSearch {
  /** Where to look; undefined when the notice leaves nothing of the window (see notes). */
  readonly window?: Interval;
  /** The search's own rules with the district's closures and school week added. */
  readonly constraints?: SlotConstraints;
  /** Sentences for the coach when a rule moved or emptied the window. */
  readonly notes: readonly string[];
}

export function ruledSearch(
  request: { readonly window: Interval; readonly timeZone: string; readonly kind?: TemplateKind | string; readonly constraints?: SlotConstraints },
  settings: SearchRuleSettings,
): RuledSearch {
  const rule = (settings.notice ?? noticeFor)(request.kind ?? 'cohortMeeting');
  const noticed = applyNotice(request.window, earliestStart(settings.now(), request.timeZone, rule, settings.districtCalendar));
  const constraints = withDistrictCalendar(request.constraints ?? (settings.districtCalendar ? { timeZone: request.timeZone } : undefined), settings.districtCalendar);
  return {
    ...(noticed.window ? { window: noticed.window } : {}),
    ...(constraints ? { constraints } : {}),
    notes: noticed.note ? [noticed.note] : [],
  };
}
