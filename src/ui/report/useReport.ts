/**
 * The district report screen's state: the window (the current term by default), one read of the
 * report with progress and Stop, the derived views, drill-down and CSV export.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DateTime } from 'luxon';
import type { ReportGroupBy, ReportRow } from '../../core/report/model.js';
import { errorText } from '../common/errorText.js';
import { useSessionState } from '../session/useSessionState.js';
import { nowMs } from '../common/today.js';
import type { ReportPhase, ReportScreenProps, ReportState, TableMode } from './Report.types.js';
import { fetchReport, fetchReportCsv } from './reportApi.js';
import { deriveViews } from './reportViews.js';

/** A 12-week term: the ten weeks before this one, this week and the next (sessions already booked ahead). */
export function defaultTerm(atMs: number): { from: string; to: string } {
  const monday = DateTime.fromMillis(atMs).startOf('week');
  return { from: monday.minus({ weeks: 10 }).toISODate()!, to: monday.plus({ weeks: 2 }).minus({ days: 1 }).toISODate()! };
}

export function useReport({ getApiToken, now = nowMs }: ReportScreenProps): ReportState {
  const term = useMemo(() => defaultTerm(now()), [now]);
  const [from, setFrom] = useSessionState('report-from', term.from);
  const [to, setTo] = useSessionState('report-to', term.to);
  const [phase, setPhase] = useState<ReportPhase>({ kind: 'idle' });
  const [elapsedSeconds, setElapsed] = useState(0);
  const [tableMode, setTableMode] = useState<TableMode>('principal');
  const [detailKey, setDetailKey] = useState<{ mode: TableMode; key: string } | undefined>();
  const [exportMessage, setExportMessage] = useState('');
  const running = useRef<AbortController | undefined>(undefined);

  const load = useCallback(() => {
    if (!getApiToken) {
      setPhase({ kind: 'failed', message: "This host could not sign you in to Common Time's own service, which the report needs. Open Common Time in Teams or in the browser." });
      return;
    }
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const startedAt = now();
    setPhase({ kind: 'loading', startedAt, done: 0, total: 0 });
    setElapsed(0);
    const onProgress = ({ done, total }: { done: number; total: number }) => {
      if (!controller.signal.aborted) setPhase({ kind: 'loading', startedAt, done, total });
    };
    fetchReport(getApiToken, { from, to }, { signal: controller.signal, onProgress }).then(
      (report) => {
        if (controller.signal.aborted) return;
        setPhase({ kind: 'done', report, views: deriveViews(report, now()) });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setPhase({ kind: 'failed', message: errorText(error) });
      },
    );
  }, [getApiToken, from, to, now]);

  const stop = useCallback(() => {
    running.current?.abort();
    setPhase({ kind: 'failed', message: 'Stopped. Nothing was changed; choose Show report to read the calendars again.' });
  }, []);

  // Load once on arrival; later loads come from the Show report button.
  useEffect(() => {
    load();
    return () => running.current?.abort();
  }, []);

  // The timer follows the run, not each progress line.
  const loadingSince = phase.kind === 'loading' ? phase.startedAt : undefined;
  useEffect(() => {
    if (loadingSince === undefined) return undefined;
    const timer = setInterval(() => setElapsed(Math.round((now() - loadingSince) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [loadingSince, now]);

  const names = useMemo(() => {
    const map = new Map<string, string>();
    if (phase.kind === 'done') for (const r of phase.report.rows) map.set(r.key, r.label);
    return map;
  }, [phase]);
  const nameOf = useCallback((key: string) => names.get(key) ?? key, [names]);

  const detail = useMemo(() => {
    if (phase.kind !== 'done' || !detailKey) return undefined;
    const view = detailKey.mode === 'principal' ? phase.views.byPrincipal : phase.views.bySchool;
    const row = view.rows.find((r) => r.key === detailKey.key);
    if (!row) return undefined;
    const members = new Set(detailKey.mode === 'principal' ? [row.key] : phase.report.rows.filter((r) => r.school === row.key).map((r) => r.key));
    const sessions = (phase.report.sessions ?? []).filter((s) => Object.keys(s.answers).some((k) => members.has(k)));
    return { row, sessions };
  }, [phase, detailKey]);

  const openDetail = useCallback((row: ReportRow) => setDetailKey({ mode: tableMode, key: row.key }), [tableMode]);
  const closeDetail = useCallback(() => setDetailKey(undefined), []);

  const exportCsv = useCallback(
    (groupBy: ReportGroupBy) => {
      if (!getApiToken) return;
      setExportMessage('Preparing the CSV file...');
      fetchReportCsv(getApiToken, { from, to }, groupBy).then(
        ({ blob, fileName }) => {
          const url = URL.createObjectURL(blob);
          const link = document.createElement('a');
          link.href = url;
          link.download = fileName;
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
          setExportMessage(`Saved ${fileName}.`);
        },
        (error: unknown) => setExportMessage(`The CSV could not be made: ${errorText(error)}`),
      );
    },
    [getApiToken, from, to],
  );

  return {
    from,
    to,
    setFrom,
    setTo,
    phase,
    elapsedSeconds,
    load,
    stop,
    tableMode,
    setTableMode,
    ...(detail ? { detail } : {}),
    openDetail,
    closeDetail,
    exportCsv,
    exportMessage,
    nameOf,
  };
}
