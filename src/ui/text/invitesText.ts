/**
 * My invites' fixed words (the list, each invite, answering with a note or a proposed time), in one module so
 * they can be translated in one place. Sentences with numbers or names are functions, so a translation can
 * reorder them.
 */
import type { InviteResponse } from '../../core/invites/model.js';

const SAID: Record<InviteResponse, string> = { accept: 'accepted', tentativelyAccept: 'tentatively accepted', decline: 'declined' };

export const MY_INVITES_TEXT = {
  title: 'My collaboration invites',
  refresh: 'Refresh',
  loading: 'Loading your invites...',
  none: (weeks: number) => `No collaboration invites in the next ${weeks} weeks.`,
  some: (count: number, weeks: number, unanswered: number) => `${count} ${count === 1 ? 'invite' : 'invites'} in the next ${weeks} weeks, ${unanswered} not answered yet.`,
  list: 'Invites',
  /** Said once a host answered with their school's visit brief. */
  answeredWithBrief: (response: InviteResponse, subject: string) => `You ${SAID[response]} "${subject}" and sent your school's visit brief.`,
  /** Said once an answer went out: "You accepted "Cohort meeting" and proposed another time." */
  answered: (response: InviteResponse, subject: string, proposed: boolean) => `You ${SAID[response]} "${subject}"${proposed ? ' and proposed another time' : ''}.`,
} as const;

/** One invite: what it is, what I said, and the answer buttons. */
export const INVITE_TEXT = {
  cancelled: 'Cancelled',
  openInOutlook: 'Open in Outlook',
  from: (organizer: string) => `From ${organizer}`,
  invited: (count: number) => ` · ${count} invited`,
  youPresent: "You present at this meeting: bring your problem of practice or data, and the question you want the group's help with.",
  join: 'Join the Teams meeting',
  agenda: 'Agenda',
  agendaAndBrief: 'Agenda and visit brief',
  agendaFor: (subject: string) => `Agenda for ${subject}`,
  whatYouSaid: 'What you said',
  youWrote: (note: string) => `You wrote: “${note}”`,
  youProposed: (when: string) => `You proposed: ${when}`,
  note: 'Note to the organizer (optional)',
  answerGroup: (subject: string) => `Answer ${subject}`,
  sending: 'Sending...',
  answers: { accept: 'Accept', tentativelyAccept: 'Tentative', decline: 'Decline' } satisfies Record<InviteResponse, string>,
  noteKept: (error: string) => `${error} Your note is kept; try again.`,
  /** My answer as the badge says it, by Graph's responseStatus.response. */
  status: {
    accepted: 'You accepted',
    tentativelyAccepted: 'You tentatively accepted',
    declined: 'You declined',
    organizer: 'You organized this',
    notResponded: 'Not answered yet',
    none: 'Not answered yet',
  } as Readonly<Record<string, string>>,
} as const;

/** Proposing another time with a tentative answer or a decline. */
export const PROPOSE_TEXT = {
  propose: 'Propose another time (with Tentative or Decline)',
  day: 'Proposed day',
  start: 'Proposed start',
  chooseDay: 'Choose the day you propose.',
  chooseStart: 'Choose the start time you propose.',
} as const;
