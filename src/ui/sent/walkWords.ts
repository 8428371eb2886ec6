/** What the Learning walks view says about a walk: its stage in words, the outcome of inviting visitors. */
import type { HostBrief } from '../../core/booking/hostBrief.js';
import type { Answer, VisitorInviteOutcome, WalkStatus } from '../../services/booking/index.js';

export const personName = (a: Answer) => a.name ?? a.address;

/** One sentence per stage: where the walk is and what happens next. */
export function stageText(walk: WalkStatus): string {
  const host = personName(walk.host);
  switch (walk.stage) {
    case 'waitingForHost':
      return `Waiting for ${host} to agree to host. The visitors are invited once they accept.`;
    case 'hostDeclined':
      return `${host} declined to host, so the visitors were not invited. Plan another time for ${walk.school || 'this school'}.`;
    case 'hostAcceptedVisitorsNotInvited':
      return `${host} agreed to host. Invite the visitors now.`;
    case 'visitorsInvited': {
      const yes = walk.visitors.filter((v) => v.response === 'accepted').length;
      if (walk.twoYeses) return `Two yeses: ${host} hosts and ${yes} of ${walk.visitors.length} visitors accepted.`;
      return walk.host.response === 'accepted'
        ? `${host} hosts; the visitors are invited and have not accepted yet.`
        : `Everyone is invited; waiting for ${host}'s answer to host.`;
    }
  }
}

export function hostsSaidYes(count: number): string {
  return count === 1 ? '1 host said yes' : `${count} hosts said yes`;
}

/** Only what the stage line does not already say: who was invited, or why inviting failed. */
export function inviteText(outcome: VisitorInviteOutcome, nameOf: (address: string) => string): string | undefined {
  if (outcome.status === 'failed') return outcome.message;
  if (outcome.status !== 'invited') return undefined;
  const busy =
    outcome.nowBusy.length > 0
      ? ` ${outcome.nowBusy.length} of them now ${outcome.nowBusy.length === 1 ? 'has' : 'have'} something else at that time and may decline: ${outcome.nowBusy.map(nameOf).join(', ')}.`
      : '';
  return `Invited ${outcome.added.length} ${outcome.added.length === 1 ? 'visitor' : 'visitors'}.${busy}`;
}

/** How many hosts have added their school's visit brief. */
export function briefsAdded(added: number, walks: number): string {
  return `${added} of ${walks} ${walks === 1 ? 'host has' : 'hosts have'} added their visit brief.`;
}

/** The host's brief in one line, or that it is theirs to add. */
export function briefText(host: string, brief: HostBrief | undefined): string {
  if (!brief) return `${host} adds the focus question, classrooms and look-fors when they accept (or later); visitors see them in their invitation.`;
  const parts = [
    ...(brief.focusQuestion ? [`focus question "${brief.focusQuestion}"`] : []),
    ...(brief.classrooms.length ? [`${brief.classrooms.length} ${brief.classrooms.length === 1 ? 'classroom' : 'classrooms'}`] : []),
    ...(brief.lookFors.length ? [`${brief.lookFors.length} ${brief.lookFors.length === 1 ? 'look-for' : 'look-fors'}`] : []),
  ];
  return `${host}'s visit brief: ${parts.join(', ')}; visitors see it in their invitation.`;
}
