/**
 * `GET /api/report?from=YYYY-MM-DD&to=YYYY-MM-DD&groupBy=principal|school|week|kind[&include=sessions]`:
 * the district report as JSON, or as CSV for Excel with `Accept: text/csv` or `format=csv`. Only a
 * district admin's token for this app's API gets data; anyone else gets 401 or 403 in Graph's error
 * shape and learns nothing. Graph is read with the app's own identity (client credentials).
 */
import { GraphRequestError, createGraphGateway, createReportReads } from '../../graph/index.js';
import { GROUP_BYS, ReportInputError, reportToCsv, reportWindow, type ReportGroupBy } from '../../core/report/index.js';
import { InvalidTimeZoneError } from '../../core/time/zones.js';
import { createReportService, DEFAULT_REPORT_SETTINGS, type ReportService } from '../../services/report/index.js';
import type { ApiRequest, ApiResult, ApiRoute } from '../appServer.js';
import { serverGraphToken } from '../auth/appOnlyGraphToken.js';
import { decideReportAccess, type AdminPolicy } from '../auth/districtAdmin.js';
import { ConfigError, tokenAudiences, type IdentitySettings } from '../config.js';
import { GRAPH_V1 } from '../publicConfig.js';
import { graphErrorText } from '../../sim/httpGuard.js';
import type { ReportConfig } from './reportConfig.js';

export interface ReportRouteOptions {
  readonly identity: IdentitySettings;
  readonly config?: ReportConfig;
  /** "Now" for planned versus held (tests fix it). */
  readonly clock?: () => number;
  /** Overrides the service built from `identity` (benchmarks, tests of the route alone). */
  readonly service?: ReportService;
}

/**
 * HTTP requests in flight at once for the report. Graph's limits are per mailbox (4 at once, which the
 * gateway keeps) and 20 parts per `$batch`; a district's calendars are many mailboxes, so more batches may
 * travel together than a coach's screen needs.
 */
const REPORT_CONCURRENCY = 32;

/** A refusal in Graph's error shape (code, message, innerError with request-id and date), as every /api error. */
const error = (status: number, code: string, message: string, headers: Record<string, string> = {}): ApiResult => ({
  status,
  headers,
  body: JSON.parse(graphErrorText(status, code, message)) as unknown,
});

/** `Accept: application/x-ndjson`: progress lines while the calendars are read, then the report. */
function wantsProgress(request: ApiRequest): boolean {
  return /\bapplication\/x-ndjson\b/i.test(String(request.headers['accept'] ?? ''));
}

/** The refusal for what went wrong, in Graph's error shape; undefined for a fault of our own. */
function problemOf(e: unknown): { status: number; code: string; message: string } | undefined {
  if (e instanceof ReportInputError || e instanceof InvalidTimeZoneError) return { status: 400, code: 'invalidRequest', message: e.message };
  if (e instanceof ConfigError) return { status: 503, code: 'serviceNotConfigured', message: e.message };
  // The directory could not be read at all: nothing to report, and say why.
  if (e instanceof GraphRequestError)
    return { status: 502, code: 'graphUnavailable', message: `The report could not read the district's directory from Microsoft Graph: ${e.message}` };
  return undefined;
}

/** Progress lines at most a few times a second, and always the last one. */
function throttled(send: (line: unknown) => void, everyMs = 250): (p: { phase: string; done: number; total: number }) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.done < p.total && now - last < everyMs) return;
    last = now;
    send({ progress: p });
  };
}

function wantsCsv(request: ApiRequest): boolean | ApiResult {
  const format = request.query.get('format');
  if (format !== null) {
    if (format === 'csv') return true;
    if (format === 'json') return false;
    return error(400, 'invalidRequest', `format: use csv or json (got ${JSON.stringify(format)}).`);
  }
  return /\btext\/csv\b/i.test(String(request.headers['accept'] ?? ''));
}

export function createReportRoute(options: ReportRouteOptions): ApiRoute {
  const config = options.config ?? { settings: DEFAULT_REPORT_SETTINGS };
  const policy: AdminPolicy = { apiAudiences: tokenAudiences(options.identity), ...(config.adminGroupId ? { adminGroupId: config.adminGroupId } : {}) };
  let service = options.service;
  const serviceFor = (): ReportService => {
    if (service) return service;
    const identity = options.identity;
    const graph = createGraphGateway({
      baseUrl: identity.mode === 'demo' ? `${identity.simUrl}/v1.0` : GRAPH_V1,
      getToken: serverGraphToken(identity),
      maxConcurrency: REPORT_CONCURRENCY,
    });
    service = createReportService(createReportReads(graph), config.settings, options.clock ?? Date.now);
    return service;
  };

  return {
    method: 'GET',
    path: '/api/report',
    async handle(request) {
      const access = decideReportAccess(request.caller, policy);
      if (!access.allowed) {
        return error(access.status, access.code, access.message, access.status === 401 ? { 'www-authenticate': 'Bearer error="invalid_token"' } : {});
      }
      const groupBy = request.query.get('groupBy') ?? 'principal';
      if (!GROUP_BYS.includes(groupBy as ReportGroupBy)) return error(400, 'invalidRequest', `groupBy: use one of ${GROUP_BYS.join(', ')} (got ${JSON.stringify(groupBy)}).`);
      const csv = wantsCsv(request);
      if (typeof csv !== 'boolean') return csv;
      const run = {
        from: request.query.get('from'),
        to: request.query.get('to'),
        groupBy: groupBy as ReportGroupBy,
        includeSessions: !csv && request.query.get('include') === 'sessions',
      };
      try {
        // Bad dates are refused before any work, also when progress is streamed.
        reportWindow(run.from, run.to, config.settings.timeZone);
      } catch (e) {
        const problem = problemOf(e);
        if (problem) return error(problem.status, problem.code, problem.message);
        throw e;
      }
      if (!csv && wantsProgress(request)) {
        return {
          status: 200,
          stream: {
            contentType: 'application/x-ndjson; charset=utf-8',
            async run(write) {
              const send = (line: unknown) => write(`${JSON.stringify(line)}\n`);
              try {
                send({ report: await serviceFor().run(run, { onProgress: throttled(send) }) });
              } catch (e) {
                const problem = problemOf(e);
                if (!problem) console.error('[report]', e);
                send({
                  error: problem
                    ? { code: problem.code, message: problem.message }
                    : { code: 'internalServerError', message: 'The report could not be made; try again in a moment.' },
                });
              }
            },
          },
        };
      }
      let report;
      try {
        report = await serviceFor().run(run);
      } catch (e) {
        const problem = problemOf(e);
        if (problem) return error(problem.status, problem.code, problem.message);
        throw e;
      }
      if (!csv) return { status: 200, body: report };
      return {
        status: 200,
        raw: { contentType: 'text/csv; charset=utf-8', text: reportToCsv(report) },
        headers: { 'content-disposition': `attachment; filename="common-time-report-${report.groupBy}-${report.from}-to-${report.to}.csv"` },
      };
    },
  };
}
