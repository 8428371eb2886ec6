/**
 * "Learning walks": each rotation the coach booked, from this browser's storage and from Graph (the coach's
 * tagged walks grouped by plan id, so another browser or cleared storage loses nothing), each walk with its host's answer and
 * its visitors' answers in one place (read back from the organizer's copies in Graph), the stage it is at in
 * words, and the next step: invite the visitors once the host said yes, or book the walks still missing.
 */
import { useState } from 'react';
import { Badge, Button, Card, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { VisitorInviteOutcome, WalkRotation, WalkStatus } from '../../services/booking/index.js';
import type { SignedInUser } from '../auth/tokenSource.js';
import type { WalkBooking } from '../booking/bookingTypes.js';
import { errorText } from '../common/errorText.js';
import { formatSlot } from '../common/formatTime.js';
import { useAsync } from '../common/useAsync.js';
import { ANSWER_WORDS } from './answerWords.js';
import { hostsSaidYes, inviteText, personName, stageText } from './walkWords.js';
import { readWalkPlans, saveWalkPlan, type StoredWalkPlan } from '../session/walkPlans.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  rotation: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  answers: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

export function LearningWalks({ user, zone, booking }: { user: SignedInUser; zone: string; booking?: WalkBooking }) {
  const styles = useStyles();
  const [plans, setPlans] = useState<StoredWalkPlan[]>(() => readWalkPlans(user.upn));
  const found = useAsync(() => booking?.walkRotations(), [booking]);
  // Rotations in Graph that this browser has no plan for: worked from the plan id (each walk keeps its roster).
  const fromGraph = found.status === 'done' ? found.value.filter((r) => !plans.some((p) => p.planId === r.planId)) : [];
  if (plans.length === 0 && fromGraph.length === 0 && found.status !== 'failed') return null;
  return (
    <section className={styles.root} aria-labelledby="walks-title">
      <h2 className={styles.heading} id="walks-title">Learning walks</h2>
      {!booking && <MessageBar intent="info"><MessageBarBody>Learning-walk booking is not connected in this build.</MessageBarBody></MessageBar>}
      {found.status === 'failed' && (
        <MessageBar intent="warning" role="alert"><MessageBarBody>
          <MessageBarTitle>Rotations booked elsewhere could not be read</MessageBarTitle>{found.message} Those kept in this browser are below; reload the page to try again.
        </MessageBarBody></MessageBar>
      )}
      {booking && plans.map((stored) => (
        <Rotation key={stored.planId} planId={stored.planId} stored={stored} zone={zone} booking={booking} onSaved={(entry) => setPlans(saveWalkPlan(user.upn, entry))} />
      ))}
      {booking && fromGraph.map((found) => (
        <Rotation key={found.planId} planId={found.planId} found={found} zone={zone} booking={booking} onSaved={(entry) => setPlans(saveWalkPlan(user.upn, entry))} />
      ))}
    </section>
  );
}

type Action =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly message: string }
  | { readonly kind: 'invited'; readonly outcomes: readonly VisitorInviteOutcome[] }
  /** `taken`: every problem was a time someone took meanwhile (a warning, not an error). */
  | { readonly kind: 'failed'; readonly message: string; readonly taken?: boolean };

/**
 * One rotation: `stored` when this browser kept its plan (it can also book missing walks), else `found` in
 * Graph, worked from the plan id alone (each walk's host and visitors are kept on its event).
 */
function Rotation({ planId, stored, found, zone, booking, onSaved }: { planId: string; stored?: StoredWalkPlan; found?: WalkRotation; zone: string; booking: WalkBooking; onSaved(entry: StoredWalkPlan): void }) {
  const styles = useStyles();
  const [reload, setReload] = useState(0);
  const [action, setAction] = useState<Action>({ kind: 'idle' });
  const status = useAsync(() => booking.walkStatus(stored?.plan ?? planId), [booking, stored, planId, reload]);
  const walks = status.status === 'done' ? status.value : [];
  const drafts = stored?.plan.drafts ?? [];
  const total = stored ? drafts.length : found?.walks ?? walks.length;
  // A walk of the plan with no event in Graph: never booked, stopped, taken by a conflict, or deleted in Outlook.
  const missing = status.status === 'done' ? drafts.filter((d) => !walks.some((w) => w.start === d.slot.start && w.school === (d.location?.displayName ?? w.school))) : [];
  const readyForVisitors = walks.filter((w) => w.stage === 'hostAcceptedVisitorsNotInvited').length;
  const working = action.kind === 'working';
  // A walk's outcome: by event id once invited, else by the walk's key (from the plan or kept on the event).
  const outcomeOf = (walk: WalkStatus) => action.kind === 'invited' ? action.outcomes.find((o) => o.status === 'invited' ? o.eventId === walk.eventId : walk.key !== undefined ? o.key === walk.key : drafts.find((d) => d.key === o.key)?.slot.start === walk.start) : undefined;

  const invite = async () => {
    setAction({ kind: 'working', message: `Inviting the visitors of ${readyForVisitors} ${readyForVisitors === 1 ? 'walk' : 'walks'}...` });
    try {
      setAction({ kind: 'invited', outcomes: await booking.inviteVisitors(stored?.plan ?? planId) });
    } catch (error) {
      setAction({ kind: 'failed', message: errorText(error) });
    }
    setReload((r) => r + 1);
  };

  const bookMissing = async () => {
    if (!stored) return;
    setAction({ kind: 'working', message: 'Booking the walks still missing...' });
    try {
      const { plan, report } = await booking.bookWalks(stored.input, {
        hostFirst: stored.hostFirst,
        onProgress: (p) => setAction({ kind: 'working', message: p.message }),
      });
      onSaved({ ...stored, plan, complete: report.complete, savedAt: Date.now() });
      const problems = report.outcomes.flatMap((o) => (o.status === 'created' || o.status === 'alreadyExisted' ? [] : [o.message]));
      const taken = report.outcomes.every((o) => o.status === 'created' || o.status === 'alreadyExisted' || o.status === 'conflict');
      setAction(problems.length === 0 ? { kind: 'idle' } : { kind: 'failed', message: problems.join(' '), taken });
    } catch (error) {
      setAction({ kind: 'failed', message: errorText(error) });
    }
    setReload((r) => r + 1);
  };

  const first = drafts[0]?.slot ?? (found ? { start: found.firstStart, end: found.lastEnd } : walks[0]);
  const people = [...drafts.flatMap((d) => d.attendees), ...walks.flatMap((w) => [w.host, ...w.visitors, ...w.notInvited])];
  const nameOf = (address: string) => people.find((p) => p.address.toLowerCase() === address.toLowerCase() && p.name)?.name ?? address;
  return (
    <Card className={styles.rotation} aria-label={`Rotation of ${total} learning walks`}>
      <div className={styles.bar}>
        <h3 className={styles.title}>Rotation of {total} {total === 1 ? 'walk' : 'walks'}{first ? ` from ${formatSlot(first.start, first.end, zone).split(',').slice(0, 2).join(',')}` : ''}</h3>
        {stored && <Badge appearance="tint" color="brand">{stored.hostFirst ? 'Hosts asked first' : 'Everyone invited at once'}</Badge>}
        <Button size="small" onClick={() => setReload((r) => r + 1)} disabled={status.status === 'loading' || working}>Refresh answers</Button>
      </div>
      <div role="status" aria-live="polite">
        {status.status === 'loading' && <Spinner size="small" label="Reading each walk's answers..." />}
        {status.status === 'done' && (
          <Text>
            {walks.length} of {total} walks booked{walks.length > 0 ? `, ${hostsSaidYes(walks.filter((w) => w.host.response === 'accepted').length)}, ${walks.filter((w) => w.twoYeses).length} with two yeses` : ''}.
            {readyForVisitors > 0 ? ` ${readyForVisitors} ${readyForVisitors === 1 ? 'walk is' : 'walks are'} ready for visitors.` : ''}
          </Text>
        )}
        {working && <Spinner size="extra-small" label={action.message} />}
      </div>
      {status.status === 'failed' && <MessageBar intent="error" role="alert"><MessageBarBody>{status.message}</MessageBarBody></MessageBar>}
      {action.kind === 'failed' && (
        <MessageBar intent={action.taken ? 'warning' : 'error'} role="alert"><MessageBarBody>
          <MessageBarTitle>{action.taken ? 'That time was just taken' : 'Not everything went through'}</MessageBarTitle>{action.message} Trying again is safe: nobody is invited twice.
        </MessageBarBody></MessageBar>
      )}
      <ol className={styles.list} aria-label="Walks and answers">
        {walks.map((walk) => {
          const outcome = outcomeOf(walk);
          return (
            <li key={walk.eventId}>
              <Card appearance="filled-alternative" aria-label={`${walk.school || walk.subject}, ${formatSlot(walk.start, walk.end, zone)}`}>
                <Text weight="semibold">{walk.school || walk.subject}</Text>
                <Text size={200}>{formatSlot(walk.start, walk.end, zone)}</Text>
                <div className={styles.badges}>
                  <Badge appearance="filled" color={walk.host.response === 'accepted' ? 'success' : walk.host.response === 'declined' ? 'danger' : 'informative'}>
                    Host {personName(walk.host)}: {ANSWER_WORDS[walk.host.response] ?? walk.host.response}
                  </Badge>
                  {walk.twoYeses && <Badge appearance="filled" color="success">Two yeses</Badge>}
                </div>
                <Text>{stageText(walk)}</Text>
                {walk.visitors.length > 0 && (
                  <ul className={styles.answers} aria-label={`Visitors to ${walk.school}`}>
                    {walk.visitors.map((v) => <li key={v.address}><Text size={200}>{personName(v)}: {ANSWER_WORDS[v.response] ?? v.response}</Text></li>)}
                  </ul>
                )}
                {walk.notInvited.length > 0 && <Text size={200}>Not invited yet: {walk.notInvited.map((p) => p.name ?? p.address).join(', ')}</Text>}
                {outcome && inviteText(outcome, nameOf) && <Text size={200}>{inviteText(outcome, nameOf)}</Text>}
              </Card>
            </li>
          );
        })}
        {missing.map((d) => (
          <li key={d.key}>
            <Card appearance="filled-alternative" aria-label={`${d.location?.displayName ?? d.subject}, not booked`}>
              <Text weight="semibold">{d.location?.displayName ?? d.subject}</Text>
              <Text size={200}>{formatSlot(d.slot.start, d.slot.end, zone)}</Text>
              <div className={styles.badges}><Badge appearance="outline" color="warning">Not booked</Badge></div>
              <Text>Not in the calendar: nobody has this invite. Book the missing {missing.length === 1 ? 'walk' : 'walks'} to send it.</Text>
            </Card>
          </li>
        ))}
      </ol>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={invite} disabled={working || readyForVisitors === 0}>Invite visitors</Button>
        {missing.length > 0 && (
          <Button onClick={bookMissing} disabled={working}>Book the {missing.length} missing {missing.length === 1 ? 'walk' : 'walks'}</Button>
        )}
      </div>
      {readyForVisitors === 0 && status.status === 'done' && walks.some((w) => w.stage === 'waitingForHost') && (
        <Text size={200}>Invite visitors turns on once a host accepts.</Text>
      )}
    </Card>
  );
}
