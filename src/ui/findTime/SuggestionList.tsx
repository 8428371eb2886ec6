/** Ranked suggestions, each with the reasons the engine gave for it, and a button to book it. */
import { Badge, Button, Card, Link, Text } from '@fluentui/react-components';
import type { BookedSession } from '../../services/booking/bookedSessions.js';
import { formatDay, formatSlot, formatTimeRange } from '../common/formatTime.js';
import { ManageSession } from '../sent/ManageSession/index.js';
import type { Suggestion } from '../../services/findTime/index.js';
import { RESULTS_TEXT } from '../text/findTimeResultsText.js';
import { useResultStyles } from './useResultStyles.styles.js';

export interface SuggestionListProps {
  readonly suggestions: readonly Suggestion[];
  readonly cohortSize: number;
  readonly timeZone: string;
  /** e.g. "Suggested times" or "Closest options"; the list is labelled by it. */
  readonly labelId: string;
  onChoose(suggestion: Suggestion): void;
  /** The booked session of a suggestion (read from Graph), when it is booked: shown as booked, not offered again. */
  booked?(suggestion: Suggestion): BookedSession | undefined;
  /** A booked suggestion was moved or cancelled: read the booked state again. */
  onBookedChanged?(message: string): void;
}

export function SuggestionList({ suggestions, cohortSize, timeZone, labelId, onChoose, booked, onBookedChanged }: SuggestionListProps) {
  const styles = useResultStyles();
  return (
    <ol className={styles.list} aria-labelledby={labelId}>
      {suggestions.map((s, i) => {
        const day = formatDay(s.start, timeZone);
        const time = formatTimeRange(s.start, s.end, timeZone);
        const everyone = s.unavailable.length === 0;
        const session = booked?.(s);
        const titleId = `${labelId}-option-${i}`;
        return (
          <li key={`${s.start}-${s.end}`}>
            <Card className={styles.card} appearance="filled-alternative" aria-labelledby={titleId}>
              <div className={styles.body}>
                <h3 className={styles.title} id={titleId}>
                  {day}, {time}
                </h3>
                <div className={styles.badges}>
                  <Badge appearance="filled" color={everyone ? 'success' : 'warning'}>
                    {attendanceBadge(s, cohortSize)}
                  </Badge>
                  {i === 0 && (
                    <Badge appearance="tint" color="brand">
                      {RESULTS_TEXT.bestMatch}
                    </Badge>
                  )}
                  {session && (
                    <Badge appearance="filled" color="brand">
                      {RESULTS_TEXT.booked}
                    </Badge>
                  )}
                </div>
                <ul className={styles.bullets} aria-label={RESULTS_TEXT.whyThisTime}>
                  {s.reasons.map((r) => (
                    <li key={r}>
                      <Text size={200}>{r}</Text>
                    </li>
                  ))}
                </ul>
              </div>
              {session ? (
                // Booked means booked: a link to the event, never Book again; it can be moved or cancelled.
                <div className={styles.body}>
                  {session.start !== s.start && <Text>Moved to {formatSlot(session.start, session.end, timeZone)}.</Text>}
                  <Link href={session.webLink} target="_blank" rel="noopener noreferrer" aria-describedby={titleId}>
                    {RESULTS_TEXT.openBooked}
                  </Link>
                  <ManageSession
                    eventId={session.eventId}
                    subject={session.subject}
                    start={session.start}
                    end={session.end}
                    recurring={session.recurring}
                    zone={timeZone}
                    {...(onBookedChanged && { onChanged: onBookedChanged })}
                  />
                </div>
              ) : (
                // The visible words come first in the name, so voice control finds "Book this time".
                <Button appearance={i === 0 ? 'primary' : 'secondary'} onClick={() => onChoose(s)} aria-describedby={titleId}>
                  {RESULTS_TEXT.bookThisTime}
                </Button>
              )}
            </Card>
          </li>
        );
      })}
    </ol>
  );
}

/** "All 12 free", "11 of 12 free"; with optional people, the required ones: "All 3 required free". */
function attendanceBadge(s: Suggestion, cohortSize: number): string {
  if (s.optionalAvailable === undefined) return s.unavailable.length === 0 ? `All ${cohortSize} free` : `${s.available.length} of ${cohortSize} free`;
  const required = s.available.length + s.unavailable.length;
  return s.unavailable.length === 0 ? `All ${required} required free` : `${s.available.length} of ${required} required free`;
}
