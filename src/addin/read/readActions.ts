/**
 * The invite behind the item being read. Opened from the calendar, the item is the attendee's event
 * and its id leads to it. Opened from the Inbox, the item is the meeting request message; rather than
 * ask for Mail.Read to follow the message's `event` link, the attendee's copy of the meeting is found in
 * their calendar (Calendars.ReadWrite, which answering needs anyway) by its time, subject and organizer,
 * all of which Outlook gives for a meeting request.
 */
import type { Invite } from '../../core/invites/model.js';
import type { AddinCalendar } from '../../graph/index.js';
import type { ReadMeeting } from '../../ui/host/office/index.js';

export class InviteNotFoundError extends Error {
  override name = 'InviteNotFoundError';
}

export async function openInvite(item: ReadMeeting, calendar: Pick<AddinCalendar, 'invite' | 'inviteAt'>): Promise<Invite> {
  let invite: Invite | undefined;
  if (item.source === 'event') {
    if (!item.graphId) throw new InviteNotFoundError("Outlook did not give this meeting's id. Open it from your calendar again.");
    invite = await calendar.invite(item.graphId);
  } else {
    if (item.start === undefined || item.end === undefined)
      throw new InviteNotFoundError('This invitation has no time Outlook could read. Open the meeting from your calendar instead.');
    invite = await calendar.inviteAt({ subject: item.subject, start: item.start, end: item.end, ...(item.organizer && { organizer: item.organizer }) });
    if (!invite)
      throw new InviteNotFoundError(
        'This invitation is not in your calendar (it may have been cancelled, or Outlook has not added it yet). Open it from your calendar, or try again in a minute.',
      );
  }
  if (!invite) throw new InviteNotFoundError('This meeting has no time Common Time can read.');
  return invite;
}
