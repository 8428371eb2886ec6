import { describe, it, expect } from '@jest/globals';
import type { StoredEvent } from '../../../src/sim/calendar/model.js';
import { parseEventFilter, parseExpand } from '../../../src/sim/calendar/query.js';
import { GraphError } from '../../../src/sim/errors.js';

const KIND = 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color';

function event(props: { id: string; value: string }[], categories: string[] = [], subject = 'Cohort'): StoredEvent {
  return { singleValueExtendedProperties: props, categories, subject } as unknown as StoredEvent;
}

const green = event([{ id: KIND, value: 'Light Green' }], ['Collaboration']);
const blue = event([{ id: KIND, value: 'Blue' }]);
const none = event([]);

describe('parseEventFilter', () => {
  it('matches the documented Any(ep: ep/id eq and ep/value eq) form, value case-insensitively', () => {
    const f = parseEventFilter(`singleValueExtendedProperties/Any(ep: ep/id eq '${KIND}' and ep/value eq 'light green')`);
    expect([green, blue, none].map(f)).toEqual([true, false, false]);
  });

  it("matches contains(ep/Value, ...) as in the docs' second example", () => {
    const f = parseEventFilter(`singleValueExtendedProperties/any(ep:ep/Id eq '${KIND}' and contains(ep/Value, 'green'))`);
    expect([green, blue, none].map(f)).toEqual([true, false, false]);
  });

  it('treats the Name part of the id as case-sensitive and the GUID as not', () => {
    const upperGuid = KIND.replace('66f5a359', '66F5A359');
    expect(parseEventFilter(`singleValueExtendedProperties/any(ep: ep/id eq '${upperGuid}' and ep/value eq 'Blue')`)(blue)).toBe(true);
    expect(parseEventFilter(`singleValueExtendedProperties/any(ep: ep/id eq '${KIND.replace('Color', 'color')}' and ep/value eq 'Blue')`)(blue)).toBe(false);
  });

  it('filters by category and combines clauses with and', () => {
    expect(parseEventFilter("categories/any(c: c eq 'collaboration')")(green)).toBe(true);
    const both = parseEventFilter(`categories/any(c: c eq 'Collaboration') and subject eq 'cohort'`);
    expect([green, blue].map(both)).toEqual([true, false]);
  });

  it('reads parenthesised clauses', () => {
    const f = parseEventFilter(`(singleValueExtendedProperties/any(ep: (ep/id eq '${KIND}') and (ep/value eq 'Blue')))`);
    expect([green, blue].map(f)).toEqual([false, true]);
  });

  it('refuses what it does not understand, naming the supported forms', () => {
    expect(() => parseEventFilter("start/dateTime ge '2026-03-02'")).toThrow(GraphError);
    expect(() => parseEventFilter("singleValueExtendedProperties/any(ep: ep/id eq 'x' and")).toThrow(/Supported/);
  });
});

describe('parseExpand', () => {
  it('selects the property named in $filter=id eq', () => {
    const test = parseExpand(`singleValueExtendedProperties($filter=id eq '${KIND}')`)!;
    expect(test({ id: KIND, value: 'x' })).toBe(true);
    expect(test({ id: KIND.replace('Color', 'Size'), value: 'x' })).toBe(false);
  });

  it('returns each of several properties named with or', () => {
    const size = KIND.replace('Color', 'Size');
    const test = parseExpand(`singleValueExtendedProperties($filter=id eq '${KIND}' or id eq '${size}')`)!;
    expect([KIND, size, KIND.replace('Color', 'Shape')].map((id) => test({ id, value: 'x' }))).toEqual([true, true, false]);
  });

  it('is undefined when nothing is expanded and refuses other expansions', () => {
    expect(parseExpand(null)).toBeUndefined();
    expect(() => parseExpand('attachments')).toThrow(GraphError);
  });
});
