import { describe, expect, it } from '@jest/globals';
import { GraphError } from '@microsoft/microsoft-graph-client';
import { fromStatus, toGraphRequestError } from '../../src/graph/graphCaller.js';
import { GraphConflictError, GraphRequestError, readGraphErrorBody } from '../../src/graph/graphRequestError.js';
import { calendarOf, describePeople } from '../../src/graph/people.js';

const names = new Map([['ana@contoso.org', 'Ana Ruiz']]);
const nameOf = (a: string) => names.get(a.toLowerCase());
const readCalendar = { subject: calendarOf(nameOf, 'ana@contoso.org'), verb: 'read' };

describe('GraphRequestError messages', () => {
  it('says whose calendar could not be read and why, in words a coach can act on', () => {
    expect(fromStatus(403, { code: 'ErrorAccessDenied', operation: readCalendar, requestId: 'r-1' })).toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: 'ErrorAccessDenied',
      requestId: 'r-1',
      message: 'The calendar of Ana Ruiz (ana@contoso.org) could not be read: no permission: they have not shared their calendar with you (everyone can see free/busy only).',
    });
    expect(fromStatus(403, { code: 'Authorization_RequestDenied', operation: { subject: 'The members of the group', verb: 'read' } }).message).toBe(
      'The members of the group could not be read: no permission.',
    );
  });
  it('gives a 412 as a GraphConflictError and other statuses their kinds', () => {
    expect(fromStatus(412, { code: 'ErrorIrresolvableConflict', operation: readCalendar })).toBeInstanceOf(GraphConflictError);
    expect(fromStatus(409, { code: 'x', operation: readCalendar })).not.toBeInstanceOf(GraphConflictError);
    expect([400, 401, 404, 429, 500, 503, 504].map((s) => fromStatus(s, { code: '', operation: readCalendar }).kind)).toEqual([
      'badRequest',
      'unauthorized',
      'notFound',
      'throttled',
      'server',
      'unavailable',
      'unavailable',
    ]);
  });
  it('tells when to try again after throttling', () => {
    expect(fromStatus(429, { code: 'TooManyRequests', operation: readCalendar, retryAfterMs: 2128 }).message).toMatch(/try again in 3 seconds\.$/);
    expect(fromStatus(503, { code: '', operation: readCalendar, retryAfterMs: 300_000 }).message).toMatch(/temporarily unavailable; try again in 5 minutes\.$/);
  });
  it('keeps Graph own words out of the main message except for rejected requests', () => {
    const e = fromStatus(400, { code: 'ErrorInvalidRequest', operation: readCalendar, graphMessage: 'startDateTime is required' });
    expect(e.message).toBe('The calendar of Ana Ruiz (ana@contoso.org) could not be read: Microsoft Graph rejected the request (startDateTime is required).');
  });
});

describe('toGraphRequestError', () => {
  const request = { method: 'GET', url: 'https://graph.microsoft.com/v1.0/me/events', nowMs: 0 };
  it('reads status, code and request id from the SDK GraphError', () => {
    const sdk = new GraphError(404, 'The specified object was not found in the store.');
    sdk.code = 'ErrorItemNotFound';
    sdk.requestId = 'abc';
    expect(toGraphRequestError(sdk, readCalendar, request)).toMatchObject({
      kind: 'notFound',
      code: 'ErrorItemNotFound',
      requestId: 'abc',
      graphMessage: 'The specified object was not found in the store.',
    });
  });
  it('treats an error without an HTTP status as a network failure', () => {
    const sdk = new GraphError(-1, 'fetch failed');
    expect(toGraphRequestError(sdk, readCalendar, request)).toMatchObject({ kind: 'network', status: 0 });
    expect(toGraphRequestError(new TypeError('fetch failed'), readCalendar, request)).toBeInstanceOf(GraphRequestError);
  });
});

describe('readGraphErrorBody', () => {
  it('reads the documented error shape, also as a string', () => {
    const body = { error: { code: 'invalidRange', message: 'Uploaded fragment overlaps with existing data.', innerError: { 'request-id': 'rid', date: 'd' } } };
    expect(readGraphErrorBody(body)).toEqual({ code: 'invalidRange', message: 'Uploaded fragment overlaps with existing data.', requestId: 'rid' });
    expect(readGraphErrorBody(JSON.stringify(body)).code).toBe('invalidRange');
    expect(readGraphErrorBody('<html>')).toEqual({ code: '' });
  });
});

describe('describePeople', () => {
  it('names one, two, or the first and how many others', () => {
    expect(describePeople(nameOf, ['ana@contoso.org'])).toBe('Ana Ruiz (ana@contoso.org)');
    expect(describePeople(nameOf, ['ana@contoso.org', 'ben@contoso.org'])).toBe('Ana Ruiz (ana@contoso.org) and ben@contoso.org');
    expect(describePeople(nameOf, ['ana@contoso.org', 'b@x', 'c@x'])).toBe('Ana Ruiz (ana@contoso.org) and 2 others');
  });
});
