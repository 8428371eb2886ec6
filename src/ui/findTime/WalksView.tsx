/** A learning-walk rotation: each visit (host school, time, who comes), what could not be placed and why. */
import { Badge, Card, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { REASON_LABELS } from '../../core/ranking/wording.js';
import { formatSlot } from '../common/formatTime.js';
import type { RotationSuggestion, WalkVisit } from '../../services/findTime/index.js';
import { useResultStyles } from './useResultStyles.styles.js';
import { WALKS_TEXT as T } from '../text/findTimeResultsText.js';

function absentText(a: WalkVisit['absent'][number]): string {
  return `${a.person.displayName} (${a.reason === 'anotherVisit' ? T.atAnotherVisit : REASON_LABELS[a.reason]})`;
}

export interface WalksViewProps {
  readonly plan: RotationSuggestion;
  readonly labelId: string;
}

export function WalksView({ plan, labelId }: WalksViewProps) {
  const styles = useResultStyles();
  return (
    <>
      {plan.notHosts.length > 0 && <Text size={200}>{T.notHosting(plan.notHosts.map((p) => p.displayName).join(', '))}</Text>}
      {plan.unplaced.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{T.unplaced(plan.unplaced.length)}</MessageBarTitle>
            <ul className={styles.bullets}>
              {plan.unplaced.map((u) => (
                <li key={u.schoolName}>{u.reason}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!plan.complete && <Text size={200}>{T.stoppedAtLimit}</Text>}
      <ol className={styles.list} aria-labelledby={labelId}>
        {plan.visits.map((v, i) => (
          <li key={`${v.schoolName}-${v.start}`}>
            <Card className={styles.card} appearance="filled-alternative" aria-label={T.visit(i + 1, v.schoolName)}>
              <div className={styles.body}>
                <h3 className={styles.title}>{T.visit(i + 1, v.schoolName)}</h3>
                <Text>{formatSlot(v.start, v.end, v.timeZone)}</Text>
                <div className={styles.badges}>
                  <Badge appearance="filled" color={v.absent.length === 0 ? 'success' : 'warning'}>
                    {v.absent.length === 0 ? T.allAttend(v.attendees.length) : T.someAttend(v.attendees.length, v.attendees.length + v.absent.length)}
                  </Badge>
                  <Badge appearance="tint" color="brand">
                    {T.host(v.host.displayName)}
                  </Badge>
                </div>
                <Text size={200}>{v.explanation}</Text>
                {v.absent.length > 0 && <Text size={200}>{T.cantCome(v.absent.map(absentText).join(', '))}</Text>}
              </div>
            </Card>
          </li>
        ))}
      </ol>
    </>
  );
}
