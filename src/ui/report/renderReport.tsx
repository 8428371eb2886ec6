/** The district report screen's markup: a pure function of its state. */
import {
  Button,
  Field,
  Input,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
  Text,
} from '@fluentui/react-components';
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { ReportGroupBy } from '../../core/report/model.js';
import type { ReportState, TableMode } from './Report.types.js';
import { KindBreakdown } from './KindBreakdown.js';
import { NetworkPanel } from './NetworkPanel.js';
import { ReportTable } from './ReportTable.js';
import { hoursText } from './reportWords.js';
import { SessionsDialog } from './SessionsDialog.js';
import type { useReportStyles } from './useReportStyles.js';
import { WeekTrend } from './WeekTrend.js';
import { formatNumber } from '../common/formatTime.js';

const kindLabel = (kind: string): string => (TEMPLATE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
const EXPORTS: { groupBy: ReportGroupBy; label: string }[] = [
  { groupBy: 'principal', label: 'By principal' },
  { groupBy: 'school', label: 'By school' },
  { groupBy: 'week', label: 'By week' },
  { groupBy: 'kind', label: 'By kind of session' },
];

export function renderReport(state: ReportState, styles: ReturnType<typeof useReportStyles>) {
  const { phase } = state;
  const loading = phase.kind === 'loading';
  return (
    <section className={styles.root} aria-labelledby="report-heading">
      <h2 id="report-heading" className={styles.heading}>
        District report: protected collaboration time
      </h2>
      <form
        className={styles.controls}
        onSubmit={(e) => {
          e.preventDefault();
          state.load();
        }}
      >
        <Field label="From">
          <Input type="date" value={state.from} onChange={(_, d) => state.setFrom(d.value)} required />
        </Field>
        <Field label="To">
          <Input type="date" value={state.to} onChange={(_, d) => state.setTo(d.value)} required />
        </Field>
        <Button appearance="primary" type="submit" disabled={loading}>
          Show report
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button disabled={phase.kind !== 'done'}>Export CSV</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {EXPORTS.map((e) => (
                <MenuItem key={e.groupBy} onClick={() => state.exportCsv(e.groupBy)}>
                  {e.label}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      </form>
      <div role="status" aria-live="polite">
        {state.exportMessage}
      </div>

      {loading && (
        <div className={styles.progress} role="status" aria-live="polite">
          <ProgressBar aria-label="Reading the district's calendars" {...(phase.total > 0 ? { value: phase.done / phase.total } : {})} />
          <Text>
            {phase.total > 0 ? `Read ${formatNumber(phase.done, 0)} of ${formatNumber(phase.total, 0)} calendars` : "Reading the district's directory"}
            {state.elapsedSeconds > 2 ? ` (${state.elapsedSeconds} s so far; a large district takes up to half a minute)` : ''}...
          </Text>
          <div>
            <Button onClick={state.stop}>Stop</Button>
          </div>
        </div>
      )}
      {phase.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>No report</MessageBarTitle>
            {phase.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === 'done' && <ReportBody state={state} styles={styles} />}
    </section>
  );
}

function ReportBody({ state, styles }: { state: ReportState; styles: ReturnType<typeof useReportStyles> }) {
  if (state.phase.kind !== 'done') return null;
  const { report, views } = state.phase;
  const s = report.summary;
  const none = report.rows.filter((r) => r.hours.total === 0);
  const tableView = state.tableMode === 'principal' ? views.byPrincipal : views.bySchool;
  return (
    <>
      {report.failures.length > 0 && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>
              Partial results: {report.failures.length} calendar{report.failures.length === 1 ? '' : 's'} could not be read
            </MessageBarTitle>
            Sessions in these calendars are missing from the figures below (rows marked incomplete):
            <ul>
              {report.failures.map((f) => (
                <li key={f.key}>
                  <strong>{state.nameOf(f.key)}</strong> ({f.key}): {f.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.cards} role="group" aria-label="Totals">
        <Figure styles={styles} value={hoursText(s.hours.total)} label={`set aside by ${s.principals} principals`} />
        <Figure styles={styles} value={String(s.sessions)} label="sessions" />
        <Figure styles={styles} value={String(s.principalsWithNone)} label="principals with no protected time" />
        <Figure styles={styles} value={`${s.principalsOnTrack} of ${s.principals}`} label={`on track (target ${hoursText(s.targetHoursPerPrincipal)} each)`} />
        <Figure styles={styles} value={hoursText(s.hours.declined)} label="declined (not counted)" />
      </div>
      <div className={styles.panels}>
        <section className={styles.panel} aria-labelledby="trend-heading">
          <h3 id="trend-heading" className={styles.subheading}>
            Trend by week
          </h3>
          <WeekTrend report={views.byWeek} />
        </section>
        <section className={styles.panel} aria-labelledby="kind-heading">
          <h3 id="kind-heading" className={styles.subheading}>
            By kind of session
          </h3>
          <KindBreakdown report={views.byKind} />
        </section>
        <section className={styles.panel} aria-labelledby="none-heading">
          <h3 id="none-heading" className={styles.subheading}>
            No protected time ({none.length})
          </h3>
          {none.length === 0 ? (
            <p>Every principal has protected time in this window.</p>
          ) : (
            <ul className={styles.list} tabIndex={0} aria-label="Principals with no protected time">
              {none.map((r) => (
                <li key={r.key}>
                  {r.label}, {r.school}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={styles.panel} aria-labelledby="network-heading">
          <h3 id="network-heading" className={styles.subheading}>
            School-visit network
          </h3>
          <NetworkPanel report={report} nameOf={state.nameOf} />
        </section>
      </div>
      <section aria-labelledby="table-heading">
        <div className={styles.tableBar}>
          <h3 id="table-heading" className={styles.subheading}>
            Hours by {state.tableMode}
          </h3>
          <TabList selectedValue={state.tableMode} onTabSelect={(_, d) => state.setTableMode(d.value as TableMode)} size="small" aria-label="Group the table">
            <Tab value="principal">By principal</Tab>
            <Tab value="school">By school</Tab>
          </TabList>
        </div>
        <div className={styles.tableWrap}>
          <ReportTable rows={tableView.rows} mode={state.tableMode} onOpen={state.openDetail} />
        </div>
      </section>
      <SessionsDialog {...(state.detail ? { detail: state.detail } : {})} nameOf={state.nameOf} kindLabel={kindLabel} onClose={state.closeDetail} />
    </>
  );
}

function Figure({ styles, value, label }: { styles: ReturnType<typeof useReportStyles>; value: string; label: string }) {
  return (
    <div className={styles.card}>
      <span className={styles.figure}>{value}</span>
      <span className={styles.figureLabel}>{label}</span>
    </div>
  );
}
