import { FREE_BUSY_STATUSES, WEEKDAYS, type FreeBusyStatus, type ScheduleInput, type ScheduleItem, type Weekday, type WorkingHours } from '../core/availability/scheduleInput.js';
import type { GraphCustomTimeZone, GraphDaylightRule, GraphTimeZoneRule } from '../core/time/graphCustomZone.js';
import { InvalidDateTimeError, InvalidTimeZoneError, localDateTimeToInstant, parseTimeOfDay, resolveZone, toLuxonZone } from '../core/time/zones.js';
import { GraphInputError, describe, expectArray, expectObject, expectString, field, isObject, type JsonObject } from './jsonReader.js';
import { FixedOffsetZone, type Zone } from 'luxon';

const STATUS_BY_LOWER = new Map<string, FreeBusyStatus>(FREE_BUSY_STATUSES.map((s) => [s.toLowerCase(), s]));

/** Runs a time helper and reports its error under the JSON path, as every other input error is. */
function atPath<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof InvalidTimeZoneError || error instanceof InvalidDateTimeError) {
      throw new GraphInputError(error.field, error.message.slice(error.field.length + 2));
    }
    throw error;
  }
}

function optionalString(object: JsonObject, name: string, path: string): string | undefined {
  const value = field(object, name);
  return value === undefined || value === null ? undefined : expectString(value, `${path}.${name}`);
}

function parseStatus(value: unknown, path: string): FreeBusyStatus {
  const status = typeof value === 'string' ? STATUS_BY_LOWER.get(value.toLowerCase()) : undefined;
  if (!status) throw new GraphInputError(path, `expected one of ${FREE_BUSY_STATUSES.join(', ')} (any letter case), got ${describe(value)}.`);
  return status;
}

const itemZones = new Map<string, Zone | string>();

/**
 * The zone of an item's times, resolved once per name. Graph answers in UTC unless asked otherwise; as luxon's
 * fixed UTC zone that costs nothing per item, where a named zone asks Intl for its offset on every call
 * (seconds for a district's month of items). Other names go on as they are.
 */
function itemZone(name: string, field: string): Zone | string {
  let zone = itemZones.get(name);
  if (zone === undefined) {
    zone = resolveZone(name, field) === 'UTC' ? FixedOffsetZone.utcInstance : name;
    itemZones.set(name, zone);
  }
  return zone;
}

/** A dateTimeTimeZone as an instant. Without a zone the string must carry its own offset. */
function parseDateTimeTimeZone(value: unknown, path: string): number {
  const object = expectObject(value, path);
  const dateTime = expectString(field(object, 'dateTime'), `${path}.dateTime`);
  const timeZone = field(object, 'timeZone');
  if ((timeZone === undefined || timeZone === null) && !/(Z|[+-]\d{2}:?\d{2})$/.test(dateTime.trim())) {
    throw new GraphInputError(`${path}.timeZone`, 'is missing; Graph always names the zone of a dateTime (e.g. "UTC" or "Pacific Standard Time").');
  }
  const zone = timeZone === undefined || timeZone === null ? 'UTC' : expectString(timeZone, `${path}.timeZone`);
  return atPath(() => localDateTimeToInstant(dateTime, itemZone(zone, `${path}.timeZone`), `${path}.dateTime`));
}

function parseItem(value: unknown, path: string): ScheduleItem {
  const object = expectObject(value, path);
  const status = parseStatus(field(object, 'status'), `${path}.status`);
  const start = parseDateTimeTimeZone(field(object, 'start'), `${path}.start`);
  const end = parseDateTimeTimeZone(field(object, 'end'), `${path}.end`);
  if (end < start) {
    throw new GraphInputError(`${path}.end.dateTime`, `the end (${new Date(end).toISOString()}) is before the start (${new Date(start).toISOString()}).`);
  }
  const subject = optionalString(object, 'subject', path);
  const location = optionalString(object, 'location', path);
  const isPrivate = field(object, 'isPrivate');
  if (isPrivate !== undefined && isPrivate !== null && typeof isPrivate !== 'boolean') {
    throw new GraphInputError(`${path}.isPrivate`, `expected true or false, got ${describe(isPrivate)}.`);
  }
  return {
    start,
    end,
    status,
    ...(subject !== undefined && { subject }),
    ...(location !== undefined && { location }),
    ...(typeof isPrivate === 'boolean' && { isPrivate }),
  };
}

function parseRule(value: unknown, path: string): GraphTimeZoneRule {
  const object = expectObject(value, path);
  const year = field(object, 'year');
  return {
    time: field(object, 'time') as string,
    dayOccurrence: field(object, 'dayOccurrence') as number,
    dayOfWeek: field(object, 'dayOfWeek') as string,
    month: field(object, 'month') as number,
    ...(year !== undefined && year !== null && { year: year as number }),
  };
}

/** The customTimeZone with its keys normalised; GraphCustomZone checks every value and names the field. */
function parseCustomZone(object: JsonObject, path: string): GraphCustomTimeZone {
  const name = optionalString(object, 'name', path);
  const standard = field(object, 'standardOffset');
  const daylight = field(object, 'daylightOffset');
  const zone: GraphCustomTimeZone = {
    '@odata.type': '#microsoft.graph.customTimeZone',
    bias: field(object, 'bias') as number,
    ...(name !== undefined && { name }),
    ...(isObject(standard) && { standardOffset: parseRule(standard, `${path}.standardOffset`) }),
    ...(isObject(daylight) && {
      daylightOffset: { ...parseRule(daylight, `${path}.daylightOffset`), daylightBias: field(daylight, 'daylightBias') as number } satisfies GraphDaylightRule,
    }),
  };
  atPath(() => toLuxonZone(zone, path));
  return zone;
}

function parseWorkingHoursZone(value: unknown, path: string): string | GraphCustomTimeZone {
  if (typeof value === 'string') return atPath(() => resolveZone(value, path));
  const object = expectObject(value, path);
  const type = field(object, '@odata.type');
  if ((typeof type === 'string' && /customTimeZone$/i.test(type)) || field(object, 'bias') !== undefined) return parseCustomZone(object, path);
  return atPath(() => resolveZone(expectString(field(object, 'name'), `${path}.name`), `${path}.name`));
}

function parseWorkingHours(value: unknown, path: string): WorkingHours {
  const object = expectObject(value, path);
  const days = expectArray(field(object, 'daysOfWeek'), `${path}.daysOfWeek`).map((day, i): Weekday => {
    const found = typeof day === 'string' ? WEEKDAYS.find((w) => w === day.toLowerCase()) : undefined;
    if (!found) throw new GraphInputError(`${path}.daysOfWeek[${i}]`, `expected a day name such as "monday", got ${describe(day)}.`);
    return found;
  });
  return {
    daysOfWeek: [...new Set(days)],
    startMinute: atPath(() => parseTimeOfDay(field(object, 'startTime'), `${path}.startTime`)),
    endMinute: atPath(() => parseTimeOfDay(field(object, 'endTime'), `${path}.endTime`)),
    timeZone: parseWorkingHoursZone(field(object, 'timeZone'), `${path}.timeZone`),
  };
}

function parseError(value: unknown, path: string): { code: string; message: string } {
  const object = expectObject(value, path);
  const code = optionalString(object, 'responseCode', path) ?? optionalString(object, 'code', path) ?? 'unknown';
  const message = optionalString(object, 'message', path) ?? 'Graph could not read this schedule.';
  return { code, message };
}

function parseScheduleInformation(value: unknown, path: string): ScheduleInput {
  const object = expectObject(value, path);
  const idValue = field(object, 'scheduleId');
  const id = expectString(idValue, `${path}.scheduleId`).trim();
  if (id === '') throw new GraphInputError(`${path}.scheduleId`, 'is empty; each schedule needs the address it was requested for.');
  const availabilityView = optionalString(object, 'availabilityView', path);
  const errorValue = field(object, 'error');
  if (errorValue !== undefined && errorValue !== null) {
    // A schedule Graph could not read: whatever else it carries says nothing about the person's time.
    return { id, items: [], error: parseError(errorValue, `${path}.error`), ...(availabilityView !== undefined && { availabilityView }) };
  }
  const itemsValue = field(object, 'scheduleItems');
  const items =
    itemsValue === undefined || itemsValue === null ? [] : expectArray(itemsValue, `${path}.scheduleItems`).map((item, i) => parseItem(item, `${path}.scheduleItems[${i}]`));
  const workingHoursValue = field(object, 'workingHours');
  // Graph sends no working hours, or an empty object, for some resources: no working-hours limit then.
  const workingHoursObject = workingHoursValue === undefined || workingHoursValue === null ? undefined : expectObject(workingHoursValue, `${path}.workingHours`);
  const workingHours = workingHoursObject && Object.keys(workingHoursObject).length > 0 ? parseWorkingHours(workingHoursObject, `${path}.workingHours`) : undefined;
  return { id, items, ...(workingHours && { workingHours }), ...(availabilityView !== undefined && { availabilityView }) };
}

/**
 * Validates the body of a Graph getSchedule response (`{"value":[scheduleInformation...]}`, or its text)
 * and turns it into ScheduleInput[] with every time as an instant. Tolerant the way Graph really answers:
 * status and key letter case, fractional seconds, Windows or IANA zone names, customTimeZone working hours.
 * Anything else malformed throws GraphInputError whose message starts with the JSON path
 * (`value[3].scheduleItems[2].end.dateTime: ...`). Per-schedule `error` objects are kept.
 */
export { GraphInputError } from './jsonReader.js';

export function parseScheduleResponse(json: unknown): ScheduleInput[] {
  let body = json;
  if (typeof json === 'string') {
    try {
      body = JSON.parse(json) as unknown;
    } catch (error) {
      throw new GraphInputError('body', `is not valid JSON (${(error as Error).message}); pass the JSON body of a getSchedule response.`);
    }
  }
  if (Array.isArray(body)) return body.map((entry, i) => parseScheduleInformation(entry, `value[${i}]`));
  const object = expectObject(body, 'body');
  const graphError = field(object, 'error');
  if (isObject(graphError) && field(object, 'value') === undefined) {
    const code = field(graphError, 'code');
    const message = field(graphError, 'message');
    throw new GraphInputError('error', `this is a Graph error response, not a schedule (${String(code)}: ${String(message)}).`);
  }
  const value = field(object, 'value');
  if (value === undefined) throw new GraphInputError('value', 'is missing; a getSchedule response body looks like {"value":[{"scheduleId":...}]}.');
  return expectArray(value, 'value').map((entry, i) => parseScheduleInformation(entry, `value[${i}]`));
}
