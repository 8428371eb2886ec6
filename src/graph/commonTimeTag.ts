/**
 * The single-value extended property that marks an event as Common Time collaboration time, of a kind
 * and a plan: `kind=learningWalk;plan=2026-fall-cohort-a`. Graph stores it with the event in every
 * copy the organizer controls and lets us find such events with `$filter` (resources/extended-
 * properties-overview.md). The GUID is Common Time's own property set, fixed forever: changing it
 * would orphan every event booked before.
 */
import type { Event, SingleValueLegacyExtendedProperty } from '@microsoft/microsoft-graph-types';

export const COMMON_TIME_PROPERTY_SET = '8f68c42f-8e3b-475c-99e6-dde6665eb4ae';
export const COMMON_TIME_TAG_ID = `String {${COMMON_TIME_PROPERTY_SET}} Name CommonTime.Tag`;

export interface CommonTimeTag {
  /** e.g. `cohortMeeting`, `learningWalk`, `peerCoaching`, `dataDig`. */
  readonly kind: string;
  /** The plan (booking) the event belongs to. */
  readonly planId: string;
}

const TOKEN = /^[A-Za-z0-9._:-]{1,128}$/;

function checkToken(value: unknown, field: string): string {
  if (typeof value !== 'string' || !TOKEN.test(value)) {
    throw new RangeError(`${field}: use 1 to 128 letters, digits, dots, dashes, underscores or colons, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** The property value for a tag. @example tagValue({ kind: 'learningWalk', planId: 'p1' }) // 'kind=learningWalk;plan=p1' */
export function tagValue(tag: CommonTimeTag): string {
  return `kind=${checkToken(tag.kind, 'tag.kind')};plan=${checkToken(tag.planId, 'tag.planId')}`;
}

/** The extended property to put in an event's `singleValueExtendedProperties`. */
export function buildCommonTimeTag(tag: CommonTimeTag): SingleValueLegacyExtendedProperty {
  return { id: COMMON_TIME_TAG_ID, value: tagValue(tag) };
}

/** The tag in a property value, or undefined when it is not one of ours. */
export function parseTagValue(value: string | null | undefined): CommonTimeTag | undefined {
  const m = typeof value === 'string' ? /^kind=([^;=]+);plan=([^;=]+)$/.exec(value.trim()) : null;
  return m ? { kind: m[1]!, planId: m[2]! } : undefined;
}

/** The tag on an event read with our property expanded, or undefined. The Name part is case-sensitive. */
export function parseCommonTimeTag(event: Pick<Event, 'singleValueExtendedProperties'>): CommonTimeTag | undefined {
  const property = (event.singleValueExtendedProperties ?? []).find(
    (p) => (p.id ?? '').toLowerCase() === COMMON_TIME_TAG_ID.toLowerCase() && (p.id ?? '').endsWith('CommonTime.Tag'),
  );
  return parseTagValue(property?.value);
}

/** An OData string literal: quotes doubled, as OData requires. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A learning walk's roster (host and visitors, src/graph/walkRoster.ts): same property set, its own Name. */
export const COMMON_TIME_VISITORS_ID = `String {${COMMON_TIME_PROPERTY_SET}} Name CommonTime.Visitors`;

/** What the organizer did about the answers (reminders sent, proposals kept): src/graph/followUp.ts. */
export const COMMON_TIME_FOLLOW_UP_ID = `String {${COMMON_TIME_PROPERTY_SET}} Name CommonTime.FollowUp`;
/** On an attendee's own copy: the answer they sent, with its note and proposal (src/graph/followUp.ts). */
export const COMMON_TIME_MY_ANSWER_ID = `String {${COMMON_TIME_PROPERTY_SET}} Name CommonTime.MyAnswer`;

/** A learning walk's host brief (focus question, classrooms, look-fors) as the host sent it: src/graph/followUp.ts. */
export const COMMON_TIME_HOST_BRIEF_ID = `String {${COMMON_TIME_PROPERTY_SET}} Name CommonTime.HostBrief`;

/**
 * `$expand` that brings our properties back with an event: the tag, a learning walk's roster and host brief,
 * the organizer's follow-up and an attendee's own answer (Graph takes several ids joined by `or`).
 */
export const EXPAND_TAG = `singleValueExtendedProperties($filter=${[COMMON_TIME_TAG_ID, COMMON_TIME_VISITORS_ID, COMMON_TIME_HOST_BRIEF_ID, COMMON_TIME_FOLLOW_UP_ID, COMMON_TIME_MY_ANSWER_ID].map((id) => `id eq ${odataString(id)}`).join(' or ')})`;

/**
 * `$filter` for events that carry our property, narrowed by kind and/or plan with the operators Graph
 * documents for string properties (eq, startswith, contains).
 */
export function taggedEventsFilter(match: Partial<CommonTimeTag> = {}): string {
  const id = `ep/id eq ${odataString(COMMON_TIME_TAG_ID)}`;
  let value = '';
  if (match.kind !== undefined && match.planId !== undefined) value = ` and ep/value eq ${odataString(tagValue(match as CommonTimeTag))}`;
  else if (match.kind !== undefined) value = ` and startswith(ep/value, ${odataString(`kind=${checkToken(match.kind, 'kind')};`)})`;
  else if (match.planId !== undefined) value = ` and contains(ep/value, ${odataString(`;plan=${checkToken(match.planId, 'planId')}`)})`;
  return `singleValueExtendedProperties/Any(ep: ${id}${value})`;
}
