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
  constructor(readonly status: number, message: string) {
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

/** The report by principal, with every session for drill-down and the other views. */
export async function fetchReport(getToken: ApiToken, query: ReportQuery, signal?: AbortSignal): Promise<Report> {
  const params = new URLSearchParams({ from: query.from, to: query.to, groupBy: 'principal', include: 'sessions' });
  return (await (await call(getToken, params, 'application/json', signal)).json()) as Report;
}

/** The CSV for Excel as the server writes it (BOM included), and a file name for it. */
export async function fetchReportCsv(getToken: ApiToken, query: ReportQuery, groupBy: ReportGroupBy): Promise<{ blob: Blob; fileName: string }> {
  const params = new URLSearchParams({ from: query.from, to: query.to, groupBy, format: 'csv' });
  const response = await call(getToken, params, 'text/csv');
  return { blob: await response.blob(), fileName: `common-time-report-${groupBy}-${query.from}-to-${query.to}.csv` };
}
