/**
 * The words of Find time's results (suggestions, series, pairs, a walk rotation), in one module so they can
 * be translated in one place; apart from findTimeText.ts so they load with the results, not the first page.
 */
/** The results: why nothing fits, the closest options, calendars that could not be read, each suggestion. */
export const RESULTS_TEXT = {
  whyNothingFits: 'Why nothing suits everyone',
  closest: 'Closest options',
  nearMisses: 'Also worth a look: all but one free',
  unreadableTitle: 'Some calendars could not be read',
  unreadable: (who: string) => `${who} They are counted as not free.`,
  allFree: (cohortSize: number) => `All ${cohortSize} free`,
  someFree: (free: number, cohortSize: number) => `${free} of ${cohortSize} free`,
  bestMatch: 'Best match',
  booked: 'Booked',
  whyThisTime: 'Why this time',
  openBooked: 'Open the booked invite in Outlook',
  bookThisTime: 'Book this time',
} as const;

/** Repeating times: each series, who misses which dates, every date. */
export const SERIES_TEXT = {
  option: (n: number, title: string) => `Option ${n}: ${title}`,
  whoMisses: 'Who misses which dates',
  more: (count: number) => `and ${count} more (see all dates)`,
  allDates: (count: number) => `All ${count} dates`,
  everyoneFree: ': everyone free',
  missing: (who: string) => `: ${who}`,
  book: 'Book this series',
  bookLabel: (title: string) => `Book this series: ${title}`,
} as const;

/** Coaching pairs: who is paired, why, and each pair's standing time. */
export const PAIRS_TEXT = {
  notPaired: (names: string) => `Not paired (not principals of a school): ${names}.`,
  bookedLabel: 'Pairs already booked',
  booked: (count: number) => `Already booked, kept as they are (${count})`,
  book: 'Book this series',
  bookClosest: 'Book the closest',
  bookLabel: (words: string, names: string, title: string) => `${words}: ${names}, ${title}`,
} as const;

/** A learning-walk rotation: each visit, who comes, what could not be placed. */
export const WALKS_TEXT = {
  notHosting: (names: string) => `Not hosting (no school of their own): ${names}. The rotation is booked for the principals who host.`,
  unplaced: (count: number) => `${count} ${count === 1 ? 'visit' : 'visits'} could not be placed`,
  stoppedAtLimit: 'The search stopped at its limit: this is the best rotation found, maybe not the fullest possible.',
  visit: (n: number, school: string) => `Visit ${n}: ${school}`,
  allAttend: (count: number) => `All ${count} attend`,
  someAttend: (attend: number, total: number) => `${attend} of ${total} attend`,
  host: (name: string) => `Host: ${name}`,
  cantCome: (who: string) => `Can't come: ${who}`,
  atAnotherVisit: 'at another visit',
} as const;
