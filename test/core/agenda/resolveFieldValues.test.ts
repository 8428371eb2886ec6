import { describe, expect, it } from '@jest/globals';
import { BUILT_IN_TEMPLATES, resolveFieldValues, templatesOfKind, type AgendaTemplate } from '../../../src/core/agenda/index.js';

const template: AgendaTemplate = {
  id: 'probe',
  kind: 'dataDig',
  title: 'Probe',
  description: '',
  durationMinutes: 10,
  briefHeading: 'Details',
  source: 'test',
  sections: [{ heading: 'All', minutes: 10, prompts: [], fields: [] }],
  fields: [
    { id: 'name', label: 'Name', type: 'text', required: true, default: 'Default name' },
    { id: 'notes', label: 'Notes', type: 'longText', required: false },
    { id: 'items', label: 'Items', type: 'list', required: false },
    { id: 'link', label: 'Link', type: 'url', required: false },
    { id: 'day', label: 'Day', type: 'date', required: false },
  ],
};

describe('resolveFieldValues', () => {
  it('uses the default when a field is left blank, and the given value otherwise', () => {
    expect(resolveFieldValues(template, { name: '  ' }).values.name).toBe('Default name');
    expect(resolveFieldValues(template, { name: ' Ana\n Ruiz ' }).values.name).toBe('Ana Ruiz');
  });

  it('splits a list typed as lines and drops blank items', () => {
    expect(resolveFieldValues(template, { items: 'one\r\n\r\n two \n' }).values.items).toEqual(['one', 'two']);
  });

  it('keeps paragraphs of a long text but removes control characters', () => {
    expect(resolveFieldValues(template, { notes: 'a\u0000b\r\n\r\nc\u0007' }).values.notes).toBe('ab\n\nc');
  });

  it('accepts http(s) and mailto addresses only', () => {
    expect(resolveFieldValues(template, { link: 'mailto:team@example.org' }).problems).toEqual([]);
    expect(resolveFieldValues(template, { link: 'HTTPS://Example.org/x' }).problems).toEqual([]);
    for (const link of ['ftp://example.org', 'javascript:void(0)', 'example.org/notes', 'data:,hi']) {
      expect(resolveFieldValues(template, { link }).problems.map((p) => p.field)).toEqual(['link']);
    }
  });

  it('accepts real calendar dates only', () => {
    expect(resolveFieldValues(template, { day: '2028-02-29' }).problems).toEqual([]);
    for (const day of ['2026-02-29', '2026-13-01', '4 March 2026', '2026-3-4']) {
      expect(resolveFieldValues(template, { day }).problems).toEqual([
        { field: 'day', message: 'Day (day) must be a calendar date written YYYY-MM-DD', fix: 'write it like 2026-03-04' },
      ]);
    }
  });

  it('ignores an unknown key left undefined (a cleared input) but reports one with a value', () => {
    expect(resolveFieldValues(template, { other: undefined }).problems).toEqual([]);
    expect(resolveFieldValues(template, { other: 'x' }).problems.map((p) => p.field)).toEqual(['other']);
  });
});

describe('templatesOfKind', () => {
  it('returns the templates a coach can pick for a kind', () => {
    expect(templatesOfKind(BUILT_IN_TEMPLATES, 'partnershipJointWork').map((t) => t.id)).toEqual(['partnership-joint-work']);
  });
});
