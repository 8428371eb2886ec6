/** Peer-coaching pairs: who goes with whom and why, and each pair's standing time (or the closest). */
import { Badge, Button, Card, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { CoachingPair, PairsSuggestion } from '../../services/findTime/index.js';
import type { SeriesSuggestion } from '../../services/findTime/index.js';
import { useResultStyles } from './useResultStyles.styles.js';
import { PAIRS_TEXT as T } from '../text/findTimeResultsText.js';

export interface PairsViewProps {
  readonly plan: PairsSuggestion;
  readonly labelId: string;
  onChoose(pair: CoachingPair, series: SeriesSuggestion): void;
}

export function PairsView({ plan, labelId, onChoose }: PairsViewProps) {
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
      {(plan.booked ?? []).length > 0 && (
        <section aria-label={T.bookedLabel}>
          <Text weight="semibold">{T.booked}</Text>
          <ul>
            {plan.booked!.map((b) => (
              <li key={b.members.join('+')}>
                <Text size={200}>
                  {b.members.join(' & ')}: {b.subject}
                </Text>
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
