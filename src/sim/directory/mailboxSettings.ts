/**
 * `/users/{id}/mailboxSettings` and its `/workingHours` and `/timeZone` parts, shaped like
 * examples/mailboxSettings*.response.json.
 */
import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import { metadataUrl } from '../odata.js';
import type { Router } from '../router.js';
import type { SimUser } from '../state.js';
import type { Handler } from '../types.js';

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
  router.add('GET', '/users/{userId}/mailboxSettings', getSettings);
  router.add('GET', '/users/{userId}/mailboxSettings/workingHours', getWorkingHours);
  router.add('GET', '/users/{userId}/mailboxSettings/timeZone', getTimeZone);
}
