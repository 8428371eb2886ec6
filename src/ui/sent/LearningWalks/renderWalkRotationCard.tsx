import { Badge, Button, Card, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { formatSlot } from '../../common/formatTime.js';
import { ANSWER_WORDS } from '../../text/sentText.js';
import { briefText, briefsAdded, hostsSaidYes, inviteText, personName, stageText } from '../walkWords.js';
import type { WalkRotationCardState } from './LearningWalks.types.js';
import type { LearningWalksClasses } from './useLearningWalksStyles.styles.js';

export function renderWalkRotationCard(state: WalkRotationCardState, classes: LearningWalksClasses) {
  const { status, walks, missing, total, readyForVisitors, action, working, zone, stored, first } = state;
  const problems = action.phase === 'done' && action.value.kind === 'problems' ? action.value : undefined;
  const failed = action.phase === 'failed' ? action.message : problems?.message;
  return (
    <Card className={classes.rotation} aria-label={`Rotation of ${total} learning walks`}>
      <div className={classes.bar}>
        <h3 className={classes.title}>
          Rotation of {total} {total === 1 ? 'walk' : 'walks'}
          {first ? ` from ${formatSlot(first.start, first.end, zone).split(',').slice(0, 2).join(',')}` : ''}
        </h3>
        {stored && (
          <Badge appearance="tint" color="brand">
            {stored.hostFirst ? 'Hosts asked first' : 'Everyone invited at once'}
          </Badge>
        )}
        <Button size="small" onClick={state.refresh} disabled={status.status === 'loading' || working}>
          Refresh answers
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {status.status === 'loading' && <Spinner size="small" label="Reading each walk's answers..." />}
        {status.status === 'done' && (
          <Text>
            {walks.length} of {total} walks booked
            {walks.length > 0 ? `, ${hostsSaidYes(walks.filter((w) => w.host.response === 'accepted').length)}, ${walks.filter((w) => w.twoYeses).length} with two yeses` : ''}.
            {readyForVisitors > 0 ? ` ${readyForVisitors} ${readyForVisitors === 1 ? 'walk is' : 'walks are'} ready for visitors.` : ''}
            {state.briefs.status === 'done' && walks.length > 0 ? ` ${briefsAdded(walks.filter((w) => state.briefOf(w)?.brief).length, walks.length)}` : ''}
          </Text>
        )}
        {action.phase === 'working' && <Spinner size="extra-small" label={action.progress ?? 'Working...'} />}
      </div>
      {state.briefs.status === 'failed' && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>The hosts&apos; visit briefs could not be read: {state.briefs.message} Refresh answers to try again.</MessageBarBody>
        </MessageBar>
      )}
      {status.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
      {failed !== undefined && (
        <MessageBar intent={problems?.taken ? 'warning' : 'error'} role="alert">
          <MessageBarBody>
            <MessageBarTitle>{problems?.taken ? 'That time was just taken' : 'Not everything went through'}</MessageBarTitle>
            {failed} Trying again is safe: nobody is invited twice.
          </MessageBarBody>
        </MessageBar>
      )}
      <ol className={classes.list} aria-label="Walks and answers">
        {walks.map((walk) => {
          const outcome = state.outcomeOf(walk);
          const said = outcome && inviteText(outcome, state.nameOf);
          const brief = state.briefOf(walk)?.brief;
          return (
            <li key={walk.eventId}>
              <Card appearance="filled-alternative" aria-label={`${walk.school || walk.subject}, ${formatSlot(walk.start, walk.end, zone)}`}>
                <Text weight="semibold">{walk.school || walk.subject}</Text>
                <Text size={200}>{formatSlot(walk.start, walk.end, zone)}</Text>
                <div className={classes.badges}>
                  <Badge appearance="filled" color={walk.host.response === 'accepted' ? 'success' : walk.host.response === 'declined' ? 'danger' : 'informative'}>
                    Host {personName(walk.host)}: {ANSWER_WORDS[walk.host.response] ?? walk.host.response}
                  </Badge>
                  {walk.twoYeses && (
                    <Badge appearance="filled" color="success">
                      Two yeses
                    </Badge>
                  )}
                  {state.briefs.status === 'done' && (
                    <Badge appearance={brief ? 'filled' : 'outline'} color={brief ? 'success' : 'informative'}>
                      {brief ? 'Visit brief added' : 'No visit brief yet'}
                    </Badge>
                  )}
                </div>
                {state.briefs.status === 'done' && <Text size={200}>{briefText(personName(walk.host), brief)}</Text>}
                <Text>{stageText(walk)}</Text>
                {walk.visitors.length > 0 && (
                  <ul className={classes.answers} aria-label={`Visitors to ${walk.school}`}>
                    {walk.visitors.map((v) => (
                      <li key={v.address}>
                        <Text size={200}>
                          {personName(v)}: {ANSWER_WORDS[v.response] ?? v.response}
                        </Text>
                      </li>
                    ))}
                  </ul>
                )}
                {walk.notInvited.length > 0 && <Text size={200}>Not invited yet: {walk.notInvited.map((p) => p.name ?? p.address).join(', ')}</Text>}
                {said && <Text size={200}>{said}</Text>}
              </Card>
            </li>
          );
        })}
        {missing.map((d) => (
          <li key={d.key}>
            <Card appearance="filled-alternative" aria-label={`${d.location?.displayName ?? d.subject}, not booked`}>
              <Text weight="semibold">{d.location?.displayName ?? d.subject}</Text>
              <Text size={200}>{formatSlot(d.slot.start, d.slot.end, zone)}</Text>
              <div className={classes.badges}>
                <Badge appearance="outline" color="warning">
                  Not booked
                </Badge>
              </div>
              <Text>Not in the calendar: nobody has this invite. Book the missing {missing.length === 1 ? 'walk' : 'walks'} to send it.</Text>
              {state.waysFor(d.key).length > 0 && (
                <div className={classes.bar} role="group" aria-label={`Other times for ${d.location?.displayName ?? d.subject}`}>
                  {state.waysFor(d.key).map((way) => (
                    <Button key={way.words} onClick={() => state.takeWay(d.key, way)} disabled={working}>
                      {way.words}
                    </Button>
                  ))}
                </div>
              )}
            </Card>
          </li>
        ))}
      </ol>
      <div className={classes.bar}>
        <Button appearance="primary" onClick={state.invite} disabled={working || readyForVisitors === 0}>
          Invite visitors
        </Button>
        {missing.length > 0 && (
          <Button onClick={state.bookMissing} disabled={working}>
            Book the {missing.length} missing {missing.length === 1 ? 'walk' : 'walks'}
          </Button>
        )}
      </div>
      {readyForVisitors === 0 && status.status === 'done' && walks.some((w) => w.stage === 'waitingForHost') && (
        <Text size={200}>Invite visitors turns on once a host accepts.</Text>
      )}
    </Card>
  );
}
