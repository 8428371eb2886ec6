/**
 * The pane on a meeting being written: choose the kind of session, put its agenda in the body, find a
 * time everyone on the invitation can make and set it in one click, and mark the meeting as protected
 * collaboration time. Every change goes to the open item itself, never to a second meeting.
 */
import { Badge, Button, Card, Field, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { TemplateKind } from '../../core/agenda/model.js';
import { formatDay, formatTimeRange } from '../../ui/common/formatTime.js';
import { useSessionState } from '../../ui/session/useSessionState.js';
import type { Suggestion } from '../../services/findTime/index.js';
import { KINDS } from './composeActions.js';
import type { ComposeContext } from './useComposeActions.js';
import { useComposeActions } from './useComposeActions.js';
import { useHostSchools } from './useHostSchools.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  badge: { alignSelf: 'flex-start' },
});

export function ComposePane(props: ComposeContext) {
  const styles = useStyles();
  // Kept for this tab, so closing and reopening the pane on the meeting keeps the choice.
  const [kind, setKind] = useSessionState<TemplateKind>('addin:kind', 'cohortMeeting');
  const actions = useComposeActions(props);
  const schools = useHostSchools(props.item, props.calendar, props.services.reads, kind === 'learningWalk');
  const [school, setSchool] = useSessionState('addin:host-school', '');
  const hostSchool = kind === 'learningWalk' ? schools.find((s) => s.name === school) : undefined;

  return (
    <>
      <section className={styles.section} aria-labelledby="ct-agenda">
        <h2 id="ct-agenda" className={styles.heading}>
          Agenda
        </h2>
        <Field label="Kind of session">
          <Select value={kind} onChange={(_, d) => setKind(d.value as TemplateKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {TEMPLATE_KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
        {kind === 'learningWalk' && (
          <Field label="Host school" hint={schools.length === 0 ? 'Add the host principal to the meeting to choose their school.' : undefined}>
            <Select value={school} onChange={(_, d) => setSchool(d.value)}>
              <option value="">Choose the school you will visit</option>
              {schools.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button appearance="primary" disabled={actions.agenda.status === 'working'} onClick={() => void actions.insertAgenda(kind, hostSchool?.name, hostSchool?.location)}>
          Insert agenda
        </Button>
        <StepMessage
          step={actions.agenda}
          done={(v) => (v.replaced ? 'The Common Time agenda in the body was replaced.' : 'The agenda is at the top of the meeting body. Fill in the parts marked (to fill in).')}
        />
      </section>

      <section className={styles.section} aria-labelledby="ct-time">
        <h2 id="ct-time" className={styles.heading}>
          Find a time
        </h2>
        <Text size={200}>Looks at the free/busy of everyone on this invitation over the next two weeks, inside their working hours.</Text>
        <Button disabled={actions.times.status === 'working'} onClick={() => void actions.findTimes(kind)}>
          Find common time
        </Button>
        {actions.times.status === 'working' && <Spinner size="tiny" label={actions.times.progress ?? 'Finding common time...'} />}
        {actions.times.status === 'failed' && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{actions.times.message}</MessageBarBody>
          </MessageBar>
        )}
        {actions.times.status === 'done' && (
          <TimeList
            found={actions.times.value.suggestions.slots.length > 0 ? actions.times.value.suggestions.slots : actions.times.value.suggestions.partial}
            everyone={actions.times.value.suggestions.slots.length > 0}
            cohortSize={actions.times.value.people.length}
            zone={props.zone}
            busy={actions.chosen.status === 'working'}
            onUse={(s) => void actions.useTime(s, hostSchool?.location)}
          />
        )}
        <StepMessage step={actions.chosen} done={(v) => v} />
      </section>

      <section className={styles.section} aria-labelledby="ct-protect">
        <h2 id="ct-protect" className={styles.heading}>
          Protect this time
        </h2>
        <Text size={200}>Adds the “Protected collaboration” category, and Common Time's tag once the meeting is saved, so it counts in the district's report.</Text>
        <Button disabled={actions.protect.status === 'working'} onClick={() => void actions.markProtected(kind, false)}>
          Mark as protected collaboration
        </Button>
        {actions.protect.status === 'done' && actions.protect.value.status === 'awaitingSave' && (
          <MessageBar intent="warning" role="status">
            <MessageBarBody>
              {actions.protect.value.categoryOnItem ? 'The category is on the meeting. ' : ''}
              Common Time's tag goes on once the meeting is saved. Save it in Outlook and press the button again, or save it now (Outlook may send the invitation when it saves).
              <div>
                <Button size="small" onClick={() => void actions.markProtected(kind, true)}>
                  Save now and tag
                </Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
        {actions.protect.status === 'done' && actions.protect.value.status === 'tagged' && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>Marked as protected collaboration time, with Common Time's tag.</MessageBarBody>
          </MessageBar>
        )}
        {actions.protect.status === 'failed' && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{actions.protect.message}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </>
  );
}

function StepMessage<T>({ step, done }: { step: { status: string; value?: T; message?: string }; done: (value: T) => string }) {
  if (step.status === 'done')
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{done(step.value as T)}</MessageBarBody>
      </MessageBar>
    );
  if (step.status === 'failed')
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{step.message}</MessageBarBody>
      </MessageBar>
    );
  return null;
}

function TimeList({
  found,
  everyone,
  cohortSize,
  zone,
  busy,
  onUse,
}: {
  found: readonly Suggestion[];
  everyone: boolean;
  cohortSize: number;
  zone: string;
  busy: boolean;
  onUse: (s: Suggestion) => void;
}) {
  const styles = useStyles();
  if (found.length === 0)
    return (
      <MessageBar intent="warning" role="status">
        <MessageBarBody>No time in the next two weeks suits enough of the invitees. Remove someone, or pick a time yourself.</MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      {!everyone && (
        <Text size={200} role="status">
          No time suits everyone; these come closest.
        </Text>
      )}
      <ol className={styles.list} aria-label="Suggested times">
        {found.map((s) => {
          const label = `${formatDay(s.start, zone)}, ${formatTimeRange(s.start, s.end, zone)}`;
          return (
            <li key={s.start}>
              <Card className={styles.card} appearance="filled-alternative">
                <Text weight="semibold">{label}</Text>
                <Badge className={styles.badge} appearance="filled" color={s.unavailable.length === 0 ? 'success' : 'warning'}>
                  {s.unavailable.length === 0 ? `All ${cohortSize} free` : `${s.available.length} of ${cohortSize} free`}
                </Badge>
                <ul className={styles.reasons} aria-label="Why this time">
                  {s.reasons.map((r) => (
                    <li key={r}>
                      <Text size={200}>{r}</Text>
                    </li>
                  ))}
                </ul>
                <Button size="small" appearance="primary" disabled={busy} onClick={() => onUse(s)} aria-label={`Use this time: ${label}`}>
                  Use this time
                </Button>
              </Card>
            </li>
          );
        })}
      </ol>
    </>
  );
}
