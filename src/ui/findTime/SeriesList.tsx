/** Recurring times, best first: each with its summary over all dates, who misses which date, and Book. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Card, Text } from '@fluentui/react-components';
import { REASON_LABELS } from '../../core/ranking/wording.js';
import { formatSlot } from '../common/formatTime.js';
import type { SeriesDate, SeriesSuggestion } from '../../services/findTime/index.js';
import { useResultStyles } from './useResultStyles.styles.js';
import { SERIES_TEXT as T } from '../text/findTimeResultsText.js';

/** Beyond this, the per-date list below tells the rest; a long wall of names helps nobody choose. */
const REASONS_SHOWN = 4;

export interface SeriesListProps {
  readonly series: readonly SeriesSuggestion[];
  readonly timeZone: string;
  readonly labelId: string;
  onChoose(series: SeriesSuggestion): void;
}

export function SeriesList({ series, timeZone, labelId, onChoose }: SeriesListProps) {
  const styles = useResultStyles();
  return (
    <ol className={styles.list} aria-labelledby={labelId}>
      {series.map((s, i) => {
        const everyone = s.dates.every((d) => d.unavailable.length === 0);
        // Free on every school day, with dates on district closures to skip or move at booking: a choice, not a miss.
        const onlyClosures = s.dates.every((d) => (d.closed?.length ?? 0) > 0 || d.unavailable.length === 0);
        return (
          <li key={s.title}>
            <Card className={styles.card} appearance="filled-alternative" aria-label={T.option(i + 1, s.title)}>
              <div className={styles.body}>
                <h3 className={styles.title}>{s.title}</h3>
                <div>
                  <Badge appearance="filled" color={everyone ? 'success' : s.meetsRequirements || onlyClosures ? 'warning' : 'danger'}>
                    {s.summary}
                  </Badge>
                </div>
                {s.reasons.length > 0 && (
                  <ul className={styles.bullets} aria-label={T.whoMisses}>
                    {s.reasons.slice(0, REASONS_SHOWN).map((r) => (
                      <li key={r}>
                        <Text size={200}>{r}</Text>
                      </li>
                    ))}
                    {s.reasons.length > REASONS_SHOWN && (
                      <li>
                        <Text size={200}>{T.more(s.reasons.length - REASONS_SHOWN)}</Text>
                      </li>
                    )}
                  </ul>
                )}
                <Accordion collapsible>
                  <AccordionItem value="dates">
                    <AccordionHeader size="small">{T.allDates(s.dates.length)}</AccordionHeader>
                    <AccordionPanel>
                      <ul className={styles.bullets}>
                        {s.dates.map((d) => (
                          <li key={d.date}>
                            <Text size={200}>
                              {formatSlot(d.start, d.end, timeZone)}
                              {dateWords(d)}
                            </Text>
                          </li>
                        ))}
                      </ul>
                    </AccordionPanel>
                  </AccordionItem>
                </Accordion>
              </div>
              <Button appearance={i === 0 ? 'primary' : 'secondary'} onClick={() => onChoose(s)} aria-label={T.bookLabel(s.title)}>
                {T.book}
              </Button>
            </Card>
          </li>
        );
      })}
    </ol>
  );
}

/** ": everyone free", ": Ana Diaz (busy)", with optional people who cannot come named as optional. */
function dateWords(d: SeriesDate): string {
  if (d.closed?.length) return `: schools closed (${d.closed.join(', ')}); you can skip or move it when you book`;
  const missing = [
    ...d.unavailable.map((u) => `${u.person.displayName} (${REASON_LABELS[u.reason]})`),
    ...(d.optionalUnavailable ?? []).map((u) => `${u.person.displayName} (optional, ${REASON_LABELS[u.reason]})`),
  ];
  if (missing.length > 0) return `: ${missing.join(', ')}`;
  return d.optionalUnavailable === undefined ? ': everyone free' : ': everyone free, optional people too';
}
