import { describe, expect, it } from '@jest/globals';
import { buildCommonTimeTag, COMMON_TIME_TAG_ID, parseCommonTimeTag, parseTagValue, taggedEventsFilter, tagValue } from '../../src/graph/commonTimeTag.js';
import { splitApiRoot } from '../../src/graph/createGraphClient.js';

describe('Common Time tag', () => {
  it('uses the documented "{type} {guid} Name {name}" id form', () => {
    expect(COMMON_TIME_TAG_ID).toMatch(/^String \{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\} Name CommonTime\.Tag$/);
  });
  it('round-trips kind and plan through the property', () => {
    const property = buildCommonTimeTag({ kind: 'learningWalk', planId: 'plan-2026.fall:a' });
    expect(property).toEqual({ id: COMMON_TIME_TAG_ID, value: 'kind=learningWalk;plan=plan-2026.fall:a' });
    expect(parseCommonTimeTag({ singleValueExtendedProperties: [property] })).toEqual({ kind: 'learningWalk', planId: 'plan-2026.fall:a' });
  });
  it('finds nothing on events without our property or with another name', () => {
    expect(parseCommonTimeTag({})).toBeUndefined();
    expect(parseCommonTimeTag({ singleValueExtendedProperties: [{ id: COMMON_TIME_TAG_ID.replace('CommonTime.Tag', 'commontime.tag'), value: 'kind=a;plan=b' }] })).toBeUndefined();
    expect(parseTagValue('kind=a')).toBeUndefined();
  });
  it('rejects kinds and plans that would break the value, naming the field', () => {
    expect(() => tagValue({ kind: 'walk;plan=x', planId: 'p' })).toThrow(/tag\.kind/);
    expect(() => tagValue({ kind: 'walk', planId: '' })).toThrow(/tag\.planId/);
  });
  it('builds the $filter Graph documents for string extended properties', () => {
    const id = `ep/id eq '${COMMON_TIME_TAG_ID}'`;
    expect(taggedEventsFilter()).toBe(`singleValueExtendedProperties/Any(ep: ${id})`);
    expect(taggedEventsFilter({ kind: 'dataDig', planId: 'p1' })).toBe(`singleValueExtendedProperties/Any(ep: ${id} and ep/value eq 'kind=dataDig;plan=p1')`);
    expect(taggedEventsFilter({ kind: 'dataDig' })).toBe(`singleValueExtendedProperties/Any(ep: ${id} and startswith(ep/value, 'kind=dataDig;'))`);
    expect(taggedEventsFilter({ planId: 'p1' })).toBe(`singleValueExtendedProperties/Any(ep: ${id} and contains(ep/value, ';plan=p1'))`);
  });
});

describe('splitApiRoot', () => {
  it('splits production and demo roots into host and version', () => {
    expect(splitApiRoot('https://graph.microsoft.com/v1.0')).toEqual({
      origin: 'https://graph.microsoft.com',
      host: 'https://graph.microsoft.com',
      version: 'v1.0',
      apiRoot: 'https://graph.microsoft.com/v1.0',
    });
    expect(splitApiRoot('http://127.0.0.1:4100/v1.0/')).toMatchObject({ host: 'http://127.0.0.1:4100', version: 'v1.0' });
  });
  it('names the field and the fix for a bad root', () => {
    expect(() => splitApiRoot('graph.microsoft.com')).toThrow(/baseUrl/);
    expect(() => splitApiRoot('https://graph.microsoft.com')).toThrow(/must end with the API version/);
  });
});
