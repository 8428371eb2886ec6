/**
 * The Partnerships screen's words. The stages and their order come from Thessin (2019), "Establishing
 * productive principal/principal supervisor partnerships for instructional leadership": a partnership is
 * built first, grows through learning-focused conversations, and culminates in joint work for improvement.
 */
export const PARTNERSHIP_TEXT = {
  heading: 'Partnerships with your principals',
  intro:
    "Productive principal-supervisor partnerships grow in three stages: building the partnership, learning-focused conversations, then joint work on improvement at the principal's school. Book each stage one-to-one with your principal, in order.",
  refresh: 'Refresh',
  loading: 'Reading your principals and where each partnership stands...',
  count: (n: number) => (n === 1 ? 'One principal reports to you.' : `${n} principals report to you.`),
  none: 'No principals report to you in the directory.',
  noneFix:
    'Partnerships are one-to-one between a principal and their own supervisor (their manager in Microsoft 365). If you supervise principals, ask your Microsoft 365 administrator to set you as their manager, then choose Refresh.',
  listLabel: 'Your principals',
  stagesLabel: (name: string) => `Partnership stages with ${name}`,
  booked: 'Booked',
  nextBadge: 'Next',
  notYet: 'Not booked yet',
  bookedFor: (when: string) => `booked for ${when}`,
  allBooked: 'All three stages are booked.',
  nextIs: (stage: string) => `Next: ${stage}.`,
  book: (stageNumber: number, name: string) => `Book stage ${stageNumber} with ${name}`,
  bookedNotice: (stage: string, name: string, when: string) => `${stage} is booked with ${name} for ${when}.`,
  other: {
    heading: 'Another principal',
    hint: 'Type at least two letters of a name, then choose the principal. Partnerships are booked by the principal’s own supervisor.',
    label: 'Principal',
    checking: (name: string) => `Checking who supervises ${name}...`,
    yours: (name: string) => `${name} is one of your principals: their partnership is in the list above.`,
  },
} as const;

/** The stage booking form. */
export const STAGE_BOOKING_TEXT = {
  heading: (stage: string, name: string) => `Book ${stage} with ${name}`,
  oneToOne: (name: string) => `One-to-one: you organize and attend, and ${name} is invited.`,
  atSchool: (school: string, address: string) => `Where: ${school}${address ? `, ${address}` : ''}. In person at the school, not a Teams meeting.`,
  noSchool: (name: string) =>
    `Joint work happens at the principal's school, and ${name} has no school (office location and address) in the directory. Ask your Microsoft 365 administrator to set it, then choose Refresh.`,
  online: 'Where: a Teams meeting (online).',
  after: (stage: string, when: string) => `Choose a time after ${stage} (${when}).`,
  firstDate: 'From',
  lastDate: 'To',
  length: 'Length',
  minutes: (n: number) => `${n} minutes`,
  find: 'Find times',
  finding: 'Finding times you are both free...',
  stop: 'Stop',
  stopped: 'Stopped. Choose Find times to search again.',
  timesLabel: (name: string) => `Times you and ${name} are both free`,
  noTimes: (name: string) => `No time in these dates suits both you and ${name}. Choose later dates or a shorter length, then Find times again.`,
  chooseTime: 'Choose one of the times before booking.',
  bookButton: (stageNumber: number) => `Book stage ${stageNumber}`,
  booking: 'Booking...',
  cancel: 'Cancel',
  useInstead: (when: string) => `Use ${when} instead`,
  tryAgain: 'Try again',
} as const;
