/** The district report screen: what it is given, and the state its hook hands the render. */
import type { Report, ReportGroupBy, ReportRow, ReportSession } from '../../core/report/model.js';
import type { ReportViews } from './reportViews.js';

export interface ReportScreenProps {
  /** A token for Common Time's API; absent when the host cannot give one. */
  readonly getApiToken?: () => Promise<string>;
  /** Injectable clock for the default window (the current term) and "held" versus "planned". */
  readonly now?: () => number;
}

export type ReportPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly startedAt: number; readonly done: number; readonly total: number }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'done'; readonly report: Report; readonly views: ReportViews };

export type TableMode = 'principal' | 'school';

export interface ReportState {
  readonly from: string;
  readonly to: string;
  readonly setFrom: (value: string) => void;
  readonly setTo: (value: string) => void;
  readonly phase: ReportPhase;
  /** Seconds since loading began, for the progress line. */
  readonly elapsedSeconds: number;
  readonly load: () => void;
  readonly stop: () => void;
  readonly tableMode: TableMode;
  readonly setTableMode: (mode: TableMode) => void;
  /** The row whose sessions are shown (drill-down), if any. */
  readonly detail?: { readonly row: ReportRow; readonly sessions: readonly ReportSession[] };
  readonly openDetail: (row: ReportRow) => void;
  readonly closeDetail: () => void;
  readonly exportCsv: (groupBy: ReportGroupBy) => void;
  readonly exportMessage: string;
  /** Names of principals by key, for the drill-down and the network. */
  readonly nameOf: (key: string) => string;
}
