/**
 * "Propose another time" with a tentative answer or a decline (Graph takes a proposal only with those):
 * a day and a start time in the viewer's zone; the length stays the invite's own.
 */
import { Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { DateTime } from 'luxon';
import { localDateTimeToInstant } from '../../core/time/zones.js';
import { PROPOSE_TEXT } from '../text/invitesText.js';

export interface Proposal {
  /** YYYY-MM-DD and HH:mm, local to the viewer's zone, as typed. */
  readonly date: string;
  readonly time: string;
}

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  fill: { minWidth: 0, width: '100%' },
});

/** The proposed interval, or a sentence saying what to fix. */
export function proposalInterval(proposal: Proposal, durationMs: number, zone: string): { start: number; end: number } | string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(proposal.date)) return PROPOSE_TEXT.chooseDay;
  if (!/^\d{2}:\d{2}$/.test(proposal.time)) return PROPOSE_TEXT.chooseStart;
  const start = localDateTimeToInstant(`${proposal.date}T${proposal.time}`, zone, 'proposedNewTime');
  return { start, end: start + durationMs };
}

export interface ProposeTimeProps {
  readonly proposal: Proposal | null;
  /** The invite's start: the proposal starts from its day and time. */
  readonly defaultFrom: number;
  readonly timeZone: string;
  onChange(proposal: Proposal | null): void;
}

export function ProposeTime({ proposal, defaultFrom, timeZone, onChange }: ProposeTimeProps) {
  const styles = useStyles();
  const from = DateTime.fromMillis(defaultFrom, { zone: timeZone });
  return (
    <>
      <Switch
        checked={proposal !== null}
        label={PROPOSE_TEXT.propose}
        onChange={(_, d) => onChange(d.checked ? { date: from.toISODate()!, time: from.toFormat('HH:mm') } : null)}
      />
      {proposal && (
        <div className={styles.row}>
          <Field label={PROPOSE_TEXT.day}>
            <Input className={styles.fill} type="date" value={proposal.date} onChange={(_, d) => onChange({ ...proposal, date: d.value })} />
          </Field>
          <Field label={PROPOSE_TEXT.start}>
            <Input className={styles.fill} type="time" value={proposal.time} onChange={(_, d) => onChange({ ...proposal, time: d.value })} />
          </Field>
        </div>
      )}
    </>
  );
}
