/** Ranked suggestions, each with the reasons the engine gave for it, and a button to book it. */
import { Badge, Button, Card, Text } from '@fluentui/react-components';
import { REASON_LABELS } from '../../core/ranking/wording.js';
import { formatDay, formatTimeRange } from '../common/formatTime.js';
import type { Suggestion } from '../../services/findTime/index.js';
import { useResultStyles } from './useResultStyles.styles.js';


export interface SuggestionListProps {
  readonly suggestions: readonly Suggestion[];
  readonly cohortSize: number;
  readonly timeZone: string;
  /** e.g. "Suggested times" or "Closest options"; the list is labelled by it. */
  readonly labelId: string;
  onChoose(suggestion: Suggestion): void;
}

export function SuggestionList({ suggestions, cohortSize, timeZone, labelId, onChoose }: SuggestionListProps) {
  const styles = useResultStyles();
  return (
    <ol className={styles.list} aria-labelledby={labelId}>
      {suggestions.map((s, i) => {
        const day = formatDay(s.start, timeZone);
        const time = formatTimeRange(s.start, s.end, timeZone);
        const everyone = s.unavailable.length === 0;
        return (
          <li key={`${s.start}-${s.end}`}>
            <Card className={styles.card} appearance="filled-alternative" aria-label={`Option ${i + 1}: ${day}, ${time}`}>
              <div className={styles.body}>
                <h3 className={styles.title}>{day}</h3>
                <Text>{time}</Text>
                <div className={styles.badges}>
                  <Badge appearance="filled" color={everyone ? 'success' : 'warning'}>
                    {everyone ? `All ${cohortSize} free` : `${s.available.length} of ${cohortSize} free`}
                  </Badge>
                  {i === 0 && <Badge appearance="tint" color="brand">Best match</Badge>}
                </div>
                <ul className={styles.bullets} aria-label="Why this time">
                  {s.reasons.map((r) => <li key={r}><Text size={200}>{r}</Text></li>)}
                </ul>
                {s.unavailable.length > 0 && (
                  <Text size={200} className={styles.muted}>
                    Can't come: {s.unavailable.map((u) => `${u.person.displayName} (${REASON_LABELS[u.reason]})`).join(', ')}
                  </Text>
                )}
              </div>
              <Button appearance={i === 0 ? 'primary' : 'secondary'} onClick={() => onChoose(s)} aria-label={`Book ${day}, ${time}`}>
                Book this time
              </Button>
            </Card>
          </li>
        );
      })}
    </ol>
  );
}
