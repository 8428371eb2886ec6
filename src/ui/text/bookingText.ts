/**
 * The booking panel's fixed words (what will be sent, progress, the outcome, the ways forward when the time
 * was taken), in one module so they can be translated in one place. Sentences with numbers or names are
 * functions, so a translation can reorder them.
 */
export const BOOKING_TEXT = {
  title: (kind: string) => `Book: ${kind}`,
  subject: 'Invite subject',
  subjectMissing: 'Give the invite a subject.',
  when: 'When',
  thenMore: (more: number) => `, then ${more} more`,
  who: 'Who',
  people: (count: number, names: string) => `${count} people: ${names}`,
  optionalName: (name: string) => `${name} (optional)`,
  organizer: 'Organizer',
  sharedCalendar: (mailbox: string, organizer: string) =>
    `The district's shared peer-coaching calendar (${mailbox}), for ${organizer}: every coach sees the pair, and your own calendar is not shown busy by its meetings`,
  why: 'Why this time',
  checking: 'Checking the time is still free...',
  alreadyBooked: 'Already booked',
  alreadyBookedBody: 'This time is booked: the invite went out from your calendar.',
  alreadyBookedBodyShared: "This time is booked: the invite went out from the district's shared peer-coaching calendar.",
  openBooked: 'Open the booked invite in Outlook',
  otherTimes: 'Other times',
  notBooked: 'Not booked',
  nothingLost: 'Nothing was lost: try again.',
  book: 'Book',
  tryAgain: 'Try again',
  back: 'Back to suggestions',
  chooseAnother: 'Choose another time',
  agendaLegend: (title: string) => `Agenda: ${title}`,
  onePerLine: 'One item per line.',
} as const;

/** The ways forward after a conflict, each naming the time it offers. */
export const WAY_FORWARD_TEXT = {
  nextBest: (when: string) => `Use ${when} (everyone free)`,
  partial: (when: string, without: string) => `Use ${when} without ${without}`,
  otherSuggestion: (when: string) => `Use ${when} (another suggestion, still open)`,
} as const;

/** What happened when Book was pressed. */
export const OUTCOME_TEXT = {
  booked: 'Booked',
  alreadyBooked: 'Already booked',
  nothingNew: 'Nothing new was sent: this time was already booked, from this tab or another.',
  sent: (count: number) => (count === 1 ? 'The invite is on its way.' : `${count} invites are on their way.`),
  taken: 'That time was just taken',
  takenBody: (message: string) => `${message} Nothing was booked. Choose one of the times below, or another suggestion.`,
  someNotSent: 'Some invites were not sent',
  notBooked: 'Not booked',
  safeAgain: 'Booking again is safe: invites already sent are not sent twice.',
} as const;
