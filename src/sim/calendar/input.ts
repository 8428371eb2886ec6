/**
 * Reading an event body the way Graph does on POST and PATCH: enum values in any case come back in
 * Graph's casing, an HTML body is wrapped in a document, locations and attendees get their defaults,
 * read-only properties are ignored and unknown ones are refused (as Graph refuses them: RequestBodyRead).
 */
import type { Attendee, BodyType, FreeBusyStatus, Importance, Location, OnlineMeetingProviderType, Sensitivity } from '@microsoft/microsoft-graph-types';
import { GraphError } from '../errors.js';
import { NO_RESPONSE_TIME, type ExtendedProperty } from './model.js';

export const WRITABLE_FIELDS = [
  'subject',
  'body',
  'start',
  'end',
  'location',
  'locations',
  'attendees',
  'categories',
  'showAs',
  'importance',
  'sensitivity',
  'isAllDay',
  'isReminderOn',
  'reminderMinutesBeforeStart',
  'recurrence',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'allowNewTimeProposals',
  'responseRequested',
  'hideAttendees',
  'transactionId',
  'singleValueExtendedProperties',
] as const;

/** Graph accepts these in a body but they are the server's to set (the update example sends some). */
const READ_ONLY_FIELDS = new Set([
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'iCalUId',
  'isOrganizer',
  'organizer',
  'responseStatus',
  'type',
  'webLink',
  'bodyPreview',
  'seriesMasterId',
  'hasAttachments',
  'onlineMeeting',
  'onlineMeetingUrl',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'isCancelled',
  'isDraft',
  'originalStart',
  'occurrenceId',
]);

export function invalidField(field: string, fix: string): GraphError {
  return new GraphError(400, 'ErrorInvalidRequest', `The value of '${field}' is not valid: ${fix}`);
}

/** The body as an object whose keys are all known event properties; read-only ones dropped. */
export function readEventBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new GraphError(400, 'RequestBodyRead', 'The request body must be a JSON object describing the event.');
  }
  const known = new Set<string>(WRITABLE_FIELDS);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('@odata.') || READ_ONLY_FIELDS.has(key)) continue;
    if (!known.has(key)) {
      throw new GraphError(
        400,
        'RequestBodyRead',
        `The property '${key}' does not exist on type 'microsoft.graph.event'. Make sure to only use property names that are defined by the type.`,
      );
    }
    out[key] = value;
  }
  return out;
}

function enumValue<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  const found = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
  if (found === undefined) throw invalidField(field, `use one of ${allowed.join(', ')}.`);
  return found;
}

export const readShowAs = (v: unknown): FreeBusyStatus => enumValue(v, ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'] as const, 'showAs');
export const readImportance = (v: unknown): Importance => enumValue(v, ['low', 'normal', 'high'] as const, 'importance');
export const readSensitivity = (v: unknown): Sensitivity => enumValue(v, ['normal', 'personal', 'private', 'confidential'] as const, 'sensitivity');
export const readProvider = (v: unknown): OnlineMeetingProviderType =>
  enumValue(v, ['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer'] as const, 'onlineMeetingProvider');

export function readBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalidField(field, 'use true or false.');
  return value;
}

export function readString(value: unknown, field: string): string {
  if (value === null) return '';
  if (typeof value !== 'string') throw invalidField(field, 'use a string.');
  return value;
}

export function readWholeNumber(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalidField(field, 'use a whole number of minutes, 0 or more.');
  return value;
}

export function readCategories(value: unknown): string[] {
  if (!Array.isArray(value) || value.some((c) => typeof c !== 'string')) throw invalidField('categories', 'use an array of category names.');
  return [...(value as string[])];
}

const HTML_OPEN = '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n';
const HTML_CLOSE = '\r\n</body>\r\n</html>\r\n';

/** An HTML body comes back as a whole document with contentType "html" (user-post-events.md). */
export function readBody(value: unknown): { contentType: BodyType; content: string } {
  if (value === null) return { contentType: 'text', content: '' };
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidField('body', 'use {"contentType": "HTML", "content": "..."}.');
  const raw = value as Record<string, unknown>;
  const contentType = raw['contentType'] === undefined ? 'text' : enumValue(raw['contentType'], ['text', 'html'] as const, 'body.contentType');
  const content = readString(raw['content'] ?? '', 'body.content');
  if (contentType === 'text' || /<html[\s>]/i.test(content)) return { contentType, content };
  return { contentType, content: `${HTML_OPEN}${content}${HTML_CLOSE}` };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** The plain-text start of the body, as Graph's bodyPreview (at most 255 characters). */
export function previewOf(body: { contentType: BodyType; content: string }): string {
  let text = body.content;
  if (body.contentType === 'html') {
    text = text
      .replace(/<(head|style|script)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m);
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

function readOneLocation(value: unknown, field: string): Location {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidField(field, 'use {"displayName": "..."}.');
  const raw = value as Location;
  const displayName = readString(raw.displayName ?? '', `${field}.displayName`);
  const locationType = raw.locationType ? ((String(raw.locationType).charAt(0).toLowerCase() + String(raw.locationType).slice(1)) as Location['locationType']) : 'default';
  const loc: Location = { displayName, locationType };
  // As in the examples: a location with an address gets a private uniqueId, a bare name does not.
  if (raw.uniqueId) Object.assign(loc, { uniqueId: raw.uniqueId, uniqueIdType: raw.uniqueIdType ?? 'private' });
  else if (raw.address) Object.assign(loc, { uniqueId: displayName, uniqueIdType: 'private' });
  else loc.uniqueIdType = 'unknown';
  if (raw.address) loc.address = raw.address;
  if (raw.coordinates) loc.coordinates = raw.coordinates;
  if (raw.locationEmailAddress) loc.locationEmailAddress = raw.locationEmailAddress;
  if (raw.locationUri) loc.locationUri = raw.locationUri;
  return loc;
}

/** `location` and `locations` always agree (resources/event.md); either one may be sent. */
export function readLocations(location: unknown, locations: unknown): { location: Location; locations: Location[] } {
  const list = locations === undefined || locations === null ? undefined : locations;
  if (list !== undefined && !Array.isArray(list)) throw invalidField('locations', 'use an array of locations.');
  const many = (list as unknown[] | undefined)?.map((l, i) => readOneLocation(l, `locations[${i}]`));
  const one = location === undefined || location === null ? undefined : readOneLocation(location, 'location');
  const displayName =
    one?.displayName ||
    (many ?? [])
      .map((l) => l.displayName)
      .filter(Boolean)
      .join('; ');
  if (displayName === '') {
    return { location: { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} }, locations: [] };
  }
  const main: Location = { displayName, locationType: one?.locationType ?? 'default', uniqueId: displayName, uniqueIdType: 'private' };
  const locs = many ?? [{ displayName, locationType: main.locationType, uniqueIdType: 'unknown' }];
  return { location: main, locations: locs };
}

/** Attendees as the organizer's copy holds them: type in Graph's casing, no response yet. */
export function readAttendees(value: unknown, nameFor: (address: string) => string | undefined): Attendee[] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw invalidField('attendees', 'use an array of {"emailAddress": {"address": "..."}, "type": "required"}.');
  if (value.length > 500) throw invalidField('attendees', `an event can have at most 500 attendees; this one has ${value.length}.`);
  return value.map((raw, i) => {
    const a = (raw ?? {}) as Attendee;
    const address = a.emailAddress?.address;
    if (typeof address !== 'string' || !address.includes('@')) {
      throw invalidField(`attendees[${i}].emailAddress.address`, 'give the attendee\'s SMTP address, e.g. "name@school.example".');
    }
    const type = a.type === undefined || a.type === null ? 'required' : enumValue(a.type, ['required', 'optional', 'resource'] as const, `attendees[${i}].type`);
    return {
      type,
      status: { response: 'none', time: NO_RESPONSE_TIME },
      emailAddress: { name: a.emailAddress?.name ?? nameFor(address) ?? address, address },
    };
  });
}

export function readExtendedProperties(value: unknown): ExtendedProperty[] {
  if (!Array.isArray(value)) throw invalidField('singleValueExtendedProperties', 'use an array of {"id": "String {guid} Name X", "value": "..."}.');
  return value.map((raw, i) => {
    const p = (raw ?? {}) as Record<string, unknown>;
    if (typeof p['id'] !== 'string' || !/^\S+ (\{[0-9a-f-]{36}\} (Name \S.*|Id 0x[0-9a-f]+)|0x[0-9a-f]{8})$/i.test(p['id'])) {
      throw invalidField(`singleValueExtendedProperties[${i}].id`, 'use the form "String {66f5a359-4659-4830-9070-00040ec6ac6e} Name Kind".');
    }
    if (typeof p['value'] !== 'string') throw invalidField(`singleValueExtendedProperties[${i}].value`, 'use a string value.');
    return { id: p['id'], value: p['value'] };
  });
}

/**
 * Two property ids name the same property when they agree with the type, GUID and "Name"/"Id" keyword
 * compared case-insensitively and the name itself compared exactly (its case matters, per the docs).
 */
export function propertyKey(id: string): string {
  const m = /^(\S+) (\{[^}]+\}) (Name|Id) (.*)$/i.exec(id.trim());
  if (!m) return id.trim().toLowerCase();
  const kind = m[3]!.toLowerCase();
  return `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()} ${kind} ${kind === 'name' ? m[4]! : m[4]!.toLowerCase()}`;
}

/** Adds or replaces properties by id (a PATCH adds to the item's properties; extendedProperty-patchMessage). */
export function mergeExtendedProperties(existing: ExtendedProperty[], incoming: ExtendedProperty[]): ExtendedProperty[] {
  const keys = new Set(incoming.map((n) => propertyKey(n.id)));
  return [...existing.filter((p) => !keys.has(propertyKey(p.id))), ...incoming];
}
