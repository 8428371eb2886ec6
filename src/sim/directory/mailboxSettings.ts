/**
 * `/users/{id}/mailboxSettings` and its `/workingHours` and `/timeZone` parts, shaped like
 * examples/mailboxSettings*.response.json. With delegated permissions MailboxSettings.Read reaches the
 * signed-in user's own mailbox only: another person's answers 403 ErrorAccessDenied, as Exchange does
 * (microsoftgraph/msgraph-sdk-powershell#2966, microsoft-graph-docs#3289, microsoft-graph-explorer-v4#1160);
 * an app with the MailboxSettings.Read role reads everyone's. Other people's working hours and time
 * zone come with their free/busy (getSchedule's workingHours).
 */
import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import { metadataUrl } from '../odata.js';
import type { Router } from '../router.js';
import type { SimUser } from '../state.js';
import type { Handler, SimRequest } from '../types.js';
import { GraphError } from '../errors.js';
import { ACCESS_DENIED } from '../calendar/access.js';

/**
 * `userPurpose` is v1.0's plain enum string (`"user"`): the v1.0 metadata types it as
 * microsoft.graph.userPurpose, an enum (test/fixtures/graph-openapi). The documented example
 * (examples/mailboxSettings.response.json) prints the beta shape `{"value": "user"}`
 * (beta's userPurpose is a complex type); a v1.0 client typed on the metadata reads the string.
 */
export type MailboxSettingsView = MailboxSettings;

export function mailboxSettingsView(u: SimUser): MailboxSettingsView {
  const s = u.mailboxSettings;
  const auto = s.automaticRepliesSetting;
  return {
    automaticRepliesSetting: {
      status: auto.status,
      externalAudience: auto.externalAudience,
      scheduledStartDateTime: auto.scheduledStartDateTime ?? { dateTime: '2025-08-01T00:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: auto.scheduledEndDateTime ?? { dateTime: '2025-08-02T00:00:00.0000000', timeZone: 'UTC' },
      internalReplyMessage: auto.internalReplyMessage,
      externalReplyMessage: auto.externalReplyMessage,
    },
    timeZone: s.timeZone,
    language: { ...s.language },
    workingHours: { ...s.workingHours, daysOfWeek: [...s.workingHours.daysOfWeek], timeZone: { ...s.workingHours.timeZone } },
    userPurpose: 'user',
    dateFormat: s.dateFormat,
    timeFormat: s.timeFormat,
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
  };
}

const context = (baseUrl: string, u: SimUser, tail: string): string => metadataUrl(baseUrl, `users('${u.id}')/mailboxSettings${tail}`);

function requireOwnMailbox(req: SimRequest): void {
  if (req.caller.kind === 'delegated' && req.user!.id !== req.caller.userId) throw new GraphError(403, 'ErrorAccessDenied', ACCESS_DENIED);
}

const getSettings: Handler = (req, ctx) => ({
  status: 200,
  body: { '@odata.context': context(ctx.baseUrl, req.user!, ''), ...mailboxSettingsView(req.user!) },
});

const getWorkingHours: Handler = (req, ctx) => ({
  status: 200,
  body: { '@odata.context': context(ctx.baseUrl, req.user!, '/workingHours'), ...mailboxSettingsView(req.user!).workingHours },
});

const getTimeZone: Handler = (req, ctx) => ({
  status: 200,
  body: { '@odata.context': context(ctx.baseUrl, req.user!, '/timeZone'), value: req.user!.mailboxSettings.timeZone },
});

export function registerMailboxSettingsRoutes(router: Router): void {
  const own =
    (handler: Handler): Handler =>
    (req, ctx) => {
      requireOwnMailbox(req);
      return handler(req, ctx);
    };
  router.add('GET', '/users/{userId}/mailboxSettings', own(getSettings));
  router.add('GET', '/users/{userId}/mailboxSettings/workingHours', own(getWorkingHours));
  router.add('GET', '/users/{userId}/mailboxSettings/timeZone', own(getTimeZone));
}
