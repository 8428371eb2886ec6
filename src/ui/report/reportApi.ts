/**
 * Calls Common Time's own `/api/report` with a token for the app's API. Errors come back in Graph's
 * shape (`{ error: { code, message } }`); their message is what the admin reads.
 */
import type { Report, ReportGroupBy } from '../../core/report/model.js';

export interface ReportQuery {
  readonly from: string;
  readonly to: string;
}

export type ApiToken = () => Promise<string>;

export class ReportApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ReportApiError';
  }
}

async function call(getToken: ApiToken, params: URLSearchParams, accept: string, signal?: AbortSignal): Promise<Response> {
  const token = await getToken();
  let response: Response;
  try {
    response = await fetch(`/api/report?${params.toString()}`, { headers: { authorization: `Bearer ${token}`, accept }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ReportApiError(0, 'The Common Time server is not answering. Check your connection and try again.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
    const fallback = response.status === 403 ? 'Only district admins can see the district report.' : `The report could not be made (HTTP ${response.status}).`;
    throw new ReportApiError(response.status, body?.error?.message ?? fallback);
  }
  return response;
}

export interface ReportProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The report by principal, with every session for drill-down and the other views. The server streams
 * how many calendars it has read (`application/x-ndjson`: progress lines, then the report), so a large
 * district shows real progress.
 */
export async function fetchReport(getToken: ApiToken, query: ReportQuery, options: { signal?: AbortSignal; onProgress?: (p: ReportProgress) => void } = {}): Promise<Report> {
  const params = new URLSearchParams({ from: query.from, to: query.to, groupBy: 'principal', include: 'sessions' });
  const response = await call(getToken, params, 'application/x-ndjson', options.signal);
  if (!/ndjson/.test(response.headers.get('content-type') ?? '')) return (await response.json()) as Report;
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    let cut: number;
    while ((cut = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, cut).trim();
      buffered = buffered.slice(cut + 1);
      if (line === '') continue;
      const item = JSON.parse(line) as { progress?: ReportProgress; report?: Report; error?: { message?: string } };
      if (item.progress) options.onProgress?.(item.progress);
      if (item.report) return item.report;
      if (item.error) throw new ReportApiError(502, item.error.message ?? 'The report could not be made.');
    }
    if (done) throw new ReportApiError(0, 'The server stopped answering before the report was ready; try again.');
  }
}

/** The CSV for Excel as the server writes it (BOM included), and a file name for it. */
export async function fetchReportCsv(getToken: ApiToken, query: ReportQuery, groupBy: ReportGroupBy): Promise<{ blob: Blob; fileName: string }> {
  const params = new URLSearchParams({ from: query.from, to: query.to, groupBy, format: 'csv' });
  const response = await call(getToken, params, 'text/csv');
  return { blob: await response.blob(), fileName: `common-time-report-${groupBy}-${query.from}-to-${query.to}.csv` };
}
