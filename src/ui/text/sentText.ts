/**
 * Sent invites' fixed words (each booked session, its answers, and following up on notes and proposals), in
 * one module so they can be translated in one place. Sentences with numbers or names are functions, so a
 * translation can reorder them. The learning-walk screen's words are in sent/walkWords.ts.
 */
export const SENT_TEXT = {
  title: 'Sent invites and answers',
  refresh: 'Refresh',
  loading: 'Reading your Common Time invites...',
  none: 'You have not booked anything with Common Time yet.',
  some: (count: number) => `${count} booked ${count === 1 ? 'session' : 'sessions'}.`,
  list: 'Sent invites',
  earlier: 'Started before today',
  earlierHint: 'Most recent first.',
  series: ' (series)',
  accepted: (count: number) => `${count} accepted`,
  tentative: (count: number) => `${count} tentative`,
  declined: (count: number) => `${count} declined`,
  waiting: (count: number) => `${count} waiting`,
  host: (name: string, answer: string) => `Host ${name}: ${answer}`,
  answersTo: (subject: string) => `Answers to ${subject}`,
} as const;

/** Graph's responseStatus.response in the words a coach reads next to a name. */
export const ANSWER_WORDS: Readonly<Record<string, string>> = {
  accepted: 'accepted',
  tentativelyAccepted: 'tentative',
  declined: 'declined',
  notResponded: 'no answer yet',
  none: 'no answer yet',
};

/** Notes and follow-up on one session: what each invitee said, moving to a proposal or keeping the time, reminding. */
export const FOLLOW_UP_TEXT = {
  open: 'Notes and follow-up',
  openFor: (subject: string) => `Notes and follow-up for ${subject}`,
  loading: 'Reading the answers and notes...',
  saidAbout: (subject: string) => `What each invitee said about ${subject}`,
  note: (note: string) => `Note: “${note}”`,
  reminded: (when: string) => `Reminded ${when}`,
  proposed: (when: string) => `Proposed: ${when}`,
  kept: ' (you kept the time)',
  moving: 'Checking and moving...',
  move: 'Move to this time',
  keeping: 'Keeping...',
  keep: 'Keep the time',
  reminding: 'Sending reminders...',
  remind: (waiting: number) => `Remind the ${waiting} who have not answered`,
  nobodyReminded: 'Everyone has answered; nobody was reminded.',
  remindedSent: (names: string) => `Sent the invitation again to ${names}.`,
  moved: (when: string) => `Moved to ${when}; everyone is asked to answer again.`,
  keptTime: (name: string) => `Kept the time; ${name}'s proposal is marked as handled.`,
} as const;
