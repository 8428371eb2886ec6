/**
 * Find time's fixed words: the form, the cohort picker, the fields' errors, the search's progress and summary
 * (the results' words are in findTimeResultsText.ts), in one module so they can be translated in one place.
 * Sentences that carry numbers or names are functions, so a translation can reorder them. The engine's
 * reasons (core/ranking/wording.ts) and the planners' titles stay with them.
 */
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const FIND_TIME_TEXT = {
  title: 'Find time',
  kind: 'Kind of session',
  repeat: 'Repeat',
  noRepeat: 'Does not repeat',
  rotation: 'Plan a rotation: each principal hosts one visit at their school',
  travel: 'Travel between schools (minutes)',
  pairs: 'Form coaching pairs from the cohort, each with its own series',
  from: 'From',
  starting: 'Starting',
  to: 'To',
  meetings: 'Meetings',
  length: 'Length',
  lengthChoice: (minutes: number) => (minutes < 60 ? `${minutes} minutes` : `${minutes / 60} hour${minutes === 60 ? '' : 's'}`),
  minAvailable: 'At least this many free',
  minAvailableHint: (cohortSize: number) => `Leave empty to need everyone${cohortSize ? ` (${cohortSize})` : ''}.`,
  minAvailableOptionalHint: (others: number) => `Leave empty to need everyone required: you and ${others} more. Optional people are not counted.`,
  minAvailableRotationHint: 'Leave empty: each walk asks for everyone, and for fewer (saying so) when that leaves visits out.',
  tentativeFree: 'Count tentative bookings as free',
  zoneNote: (zone: string) => `Times are shown in ${zone} time.`,
  find: 'Find time',
  stop: 'Stop',
  checkForm: (fields: number) => `Check the form: ${fields === 1 ? 'one field needs' : `${fields} fields need`} attention.`,
} as const;

/** Choosing who: a group, or people picked by name. */
export const COHORT_TEXT = {
  cohort: 'Cohort',
  aGroup: 'A group',
  pickPeople: 'Pick people',
  group: 'Group',
  loadingGroups: 'Loading groups...',
  chooseGroup: 'Choose a group',
  loadingMembers: 'Loading members...',
  members: (count: number, names: string, more: boolean) => `${count} members: ${names}${more ? ', ...' : ''}`,
  addPeople: 'Add people',
  addPeopleHint: 'Type at least two letters of a name, then choose from the list.',
  searchByName: 'Search by name',
  searching: 'Searching...',
  noOneFound: 'No one found',
  chosen: (count: number) => `${count} people chosen`,
  remove: (name: string) => `Remove ${name}`,
  nobodyChosen: 'Nobody chosen yet.',
} as const;

/** Each form field's mistake, said next to it with what to do. */
export const FORM_ERROR_TEXT = {
  chooseGroup: 'Choose a group, or switch to picking people.',
  groupTooSmall: 'This group has fewer than two members; pick people instead.',
  addTwoPeople: 'Add at least two people.',
  allOptional: 'Everyone is marked optional; mark at least one person required, since optional people never decide the time.',
  firstDate: 'Enter the first day as a date, for example 2026-12-07.',
  sessions: (max: number) => `Enter how many meetings, from 2 to ${max}.`,
  lastDate: 'Enter the last day as a date, for example 2026-12-18.',
  lastBeforeFirst: 'The last day is before the first day; choose a later last day.',
  rangeTooLong: (days: number) => `Search at most ${days} days at a time; choose an earlier last day.`,
  length: 'Choose a length between 15 minutes and 8 hours.',
  minAvailable: 'Enter a whole number of people, or leave it empty for everyone.',
  minAvailableTooMany: (cohortSize: number) => `The cohort has ${cohortSize} people; enter ${cohortSize} or fewer.`,
  minAvailableTooManyRequired: (required: number) =>
    `Only ${required} of the cohort ${required === 1 ? 'is' : 'are'} required (optional people are not counted); enter ${required} or fewer.`,
  travel: 'Enter the minutes to drive between schools, from 0 to 240.',
} as const;

/** What the search says while it runs and when it ends (the status line screen readers announce). */
export const SEARCH_TEXT = {
  results: 'Suggestions',
  idle: 'Choose a cohort and a date range, then Find time.',
  reading: 'Reading free/busy...',
  readingLabel: 'Reading free/busy',
  stopped: 'Stopped. Change the search or Find time again.',
  failedTitle: 'No suggestions',
  people: (count: number) => `${count} people`,
  requiredPeople: (required: number, optional: number) => `${required} required ${plural(required, 'person', 'people')} (and ${optional} optional)`,
  times: (slots: number, forWhom: string, nearMisses: number) =>
    `${slots} suggested ${plural(slots, 'time', 'times')} for ${forWhom}, best first.${nearMisses > 0 ? ` Also ${nearMisses} ${plural(nearMisses, 'time', 'times')} all but one can make.` : ''}`,
  closest: (people: number) => `No time suits all ${people}. These come closest.`,
  closestRequired: (required: number) => `No time suits all ${required} required people. These come closest.`,
  notYet: 'No time can be suggested yet.',
  nobodyFree: 'No time in this range has anyone free.',
  pairsNeedPrincipals: 'Pairs need at least two principals who lead a school.',
  pairs: (groups: number, withTime: number) => `${groups} coaching ${plural(groups, 'group', 'groups')}, ${withTime} with a standing time free on every date.`,
  rotationNeedsPrincipals: 'A rotation needs at least two principals who lead a school.',
  rotationNotYet: 'No rotation can be planned for these dates yet.',
  rotation: (placed: number, visits: number, atLeast?: number) =>
    `${placed} of ${visits} visits placed, each while classes are in session with travel time between schools.${atLeast ? ` Each walk asks for at least ${atLeast}.` : ''}`,
  noSeries: 'No repeating time fits. Try another start date, fewer meetings or a shorter session.',
  series: (count: number, people: number) => `${count} repeating ${plural(count, 'time', 'times')} for ${people} people, each checked on every date, best first.`,
} as const;
