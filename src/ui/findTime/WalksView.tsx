/**
 * A learning-walk rotation: each visit (host school, time in the coach's zone, who comes), what the planner
 * relaxed to place them, and the schools it could not place, told once per cause, with a way forward.
 */
import { Badge, Button, Card, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { NoFitOffer } from '../../core/slots/explainNoFit.js';
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
  /** The zone the form names: every visit's time is shown in it. */
  readonly timeZone: string;
  /** Ways forward when a school is left out (later dates); each searches again. */
  readonly offers?: readonly NoFitOffer[];
  onOffer?(offer: NoFitOffer): void;
}

export function WalksView({ plan, labelId, timeZone, offers = [], onOffer }: WalksViewProps) {
  const styles = useResultStyles();
  const left = plan.unplaced.length;
  return (
    <>
      {plan.notes.map((note) => (
        <Text key={note} block>
          {note}
        </Text>
      ))}
      {plan.notHosts.length > 0 && (
        <Text size={200}>Not hosting (no school of their own): {plan.notHosts.map((p) => p.displayName).join(', ')}. The rotation is booked for the principals who host.</Text>
      )}
      {plan.relaxed && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Fewer people at each walk, so the visits fit</MessageBarTitle>
            {plan.relaxed}
          </MessageBarBody>
        </MessageBar>
      )}
      {left > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              {left} {left === 1 ? 'visit' : 'visits'} could not be placed
            </MessageBarTitle>
            <ul className={styles.bullets} aria-label="Why visits could not be placed">
              {plan.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            {offers.length > 0 && onOffer && (
              <div className={styles.badges}>
                {offers.map((offer) => (
                  <Button key={offer.words} appearance="secondary" onClick={() => onOffer(offer)}>
                    {offer.words}
                  </Button>
                ))}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {!plan.complete && <Text size={200}>{T.stoppedAtLimit}</Text>}
      <ol className={styles.list} aria-labelledby={labelId}>
        {plan.visits.map((v, i) => (
          <li key={`${v.schoolName}-${v.start}`}>
            <Card className={styles.card} appearance="filled-alternative" aria-label={T.visit(i + 1, v.schoolName)}>
              <div className={styles.body}>
                <h3 className={styles.title}>
                  Visit {i + 1}: {v.schoolName}
                </h3>
                <Text>{formatSlot(v.start, v.end, timeZone)}</Text>
                <div className={styles.badges}>
                  <Badge appearance="filled" color={v.absent.length === 0 ? 'success' : 'warning'}>
                    {v.absent.length === 0 ? T.allAttend(v.attendees.length) : T.someAttend(v.attendees.length, v.attendees.length + v.absent.length)}
                  </Badge>
                  <Badge appearance="tint" color="brand">
                    {T.host(v.host.displayName)}
                  </Badge>
                </div>
                {v.travel && <Text size={200}>{v.travel}.</Text>}
                {v.absent.length > 0 && <Text size={200}>Can't come: {v.absent.map(absentText).join(', ')}</Text>}
              </div>
            </Card>
          </li>
        ))}
      </ol>
    </>
  );
}
