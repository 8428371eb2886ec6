/** The district's calendar (closures, school days), the notice a session needs, and series against closures. */
export {
  checkDistrictCalendar,
  closureOn,
  closuresOn,
  demoDistrictCalendar,
  districtBlackouts,
  DistrictCalendarError,
  isSchoolDay,
  nthSchoolDayAfter,
  schoolDaysBetween,
  withDistrictCalendar,
  type DistrictCalendar,
  type DistrictClosure,
} from './districtCalendar.js';
export { applyNotice, DEFAULT_NOTICE, earliestStart, noticeFor, WALK_NOTICE, type EarliestStart, type NoticeRule, type NoticedWindow } from './notice.js';
export { closureClashWords, resolveClashes, seriesOnClosures, type ClosureClash } from './seriesClosures.js';
