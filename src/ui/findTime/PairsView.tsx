/** Peer-coaching pairs: who goes with whom and why, and each pair's standing time (or the closest). */
import { Badge, Button, Card, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { BookedPair, CoachingPair, PairsSuggestion } from '../../services/findTime/index.js';
import type { SeriesSuggestion } from '../../services/findTime/index.js';
import { formatDay } from '../common/formatTime.js';
import { useResultStyles } from './useResultStyles.styles.js';
import { PAIRS_TEXT as T } from '../text/findTimeResultsText.js';

export interface PairsViewProps {
  readonly plan: PairsSuggestion;
  readonly labelId: string;
  /** The coach's zone, for the booked series' last day. */
  readonly zone: string;
  onChoose(pair: CoachingPair, series: SeriesSuggestion): void;
}

/** "Series until Thursday, December 17, in the shared peer-coaching calendar". */
export function bookedSeriesWords(pair: BookedPair, zone: string): string {
  const until = pair.lastMs === null ? 'Series with no end date' : `Series until ${formatDay(pair.lastMs, zone)}`;
  return `${until}, ${pair.shared ? "in the district's shared peer-coaching calendar" : "in a coach's own calendar"}`;
}

export function PairsView({ plan, labelId, zone, onChoose }: PairsViewProps) {
  const styles = useResultStyles();
  return (
    <>
      {plan.notPaired.length > 0 && <Text size={200}>{T.notPaired(plan.notPaired.map((p) => p.displayName).join(', '))}</Text>}
      {(plan.notices ?? []).map((n) => (
        <MessageBar key={n} intent="info">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {(plan.warnings ?? []).map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      {plan.bookThrough && (
        <MessageBar intent="info">
          <MessageBarBody>
            New pairs are booked through the district&apos;s shared peer-coaching calendar ({plan.bookThrough}): every coach sees every pair there, so a re-run never pairs them
            again, and your own calendar is not shown busy by each pair&apos;s meetings.
          </MessageBarBody>
        </MessageBar>
      )}
      {(plan.booked ?? []).length > 0 && (
        <section aria-labelledby="pairs-booked-title">
          <h3 className={styles.title} id="pairs-booked-title">
            {T.booked(plan.booked!.length)}
          </h3>
          <ul className={styles.list} aria-label={T.bookedLabel}>
            {plan.booked!.map((b) => (
              <li key={b.members.join('+')}>
                <Card className={styles.card} appearance="outline" aria-label={`${b.members.join(' & ')}, booked`}>
                  <div className={styles.body}>
                    <Text weight="semibold">{b.members.join(' & ')}</Text>
                    <div className={styles.badges}>
                      <Badge appearance="filled" color="success">
                        Booked
                      </Badge>
                      <Text>{b.subject}</Text>
                    </div>
                    <Text size={200}>{bookedSeriesWords(b, zone)}</Text>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.unpaired.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{plan.unpaired.map((u) => `${u.person.displayName}: ${u.reason}`).join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      <ol className={styles.list} aria-labelledby={labelId}>
        {plan.pairs.map((pair) => {
          const names = pair.members.map((m) => m.displayName).join(' & ');
          const series = pair.time ?? pair.alternatives[0];
          return (
            <li key={names}>
              <Card className={styles.card} appearance="filled-alternative" aria-label={names}>
                <div className={styles.body}>
                  <h3 className={styles.title}>{names}</h3>
                  {plan.experience && (
                    <div className={styles.badges}>
                      {pair.members.map(
                        (m) =>
                          plan.experience![m.mail.toLowerCase()] && (
                            <Badge key={m.mail} appearance="outline" color="informative">
                              {m.displayName}: {plan.experience![m.mail.toLowerCase()]}
                            </Badge>
                          ),
                      )}
                    </div>
                  )}
                  <Text size={200}>{pair.why}</Text>
                  {pair.time ? (
                    <div className={styles.badges}>
                      <Badge appearance="filled" color="success">
                        {pair.time.summary}
                      </Badge>
                      <Text>{pair.time.title}</Text>
                    </div>
                  ) : (
                    <Text size={200} className={styles.muted}>
                      {pair.explanation}
                    </Text>
                  )}
                </div>
                {series && (
                  <Button
                    appearance={pair.time ? 'primary' : 'secondary'}
                    onClick={() => onChoose(pair, series)}
                    aria-label={T.bookLabel(pair.time ? T.book : T.bookClosest, names, series.title)}
                  >
                    {pair.time ? T.book : T.bookClosest}
                  </Button>
                )}
              </Card>
            </li>
          );
        })}
      </ol>
    </>
  );
}
