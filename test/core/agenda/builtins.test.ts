import { describe, expect, it } from '@jest/globals';
import { BUILT_IN_TEMPLATES, TEMPLATE_KINDS, parseTemplateDocument, renderAgenda } from '../../../src/core/agenda/index.js';
import { collapse, findActiveContent, visibleText } from './support/inertHtml.js';
import { sampleValues, visiblePieces } from './support/sampleValues.js';

describe('BUILT_IN_TEMPLATES', () => {
  it('has a template for every session kind, including the three partnership stages', () => {
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.kind))).toEqual(new Set(TEMPLATE_KINDS));
  });

  it('uses each id once', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    it('passes the same schema and rules as a district file', () => {
      const { source: _source, ...data } = template;
      const parsed = parseTemplateDocument(`${template.id}.json`, JSON.stringify(data));
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      if (parsed.ok) expect({ ...parsed.template, source: 'built-in' }).toEqual(template);
    });

    it('fills its suggested length exactly with its sections', () => {
      expect(template.sections.reduce((sum, s) => sum + s.minutes, 0)).toBe(template.durationMinutes);
    });

    it('renders every field value in both the HTML and the text body', () => {
      const values = sampleValues(template);
      const rendered = renderAgenda(template, values, { start: 'Tue 4 March 2026, 9:00 AM', end: '10:30 AM', hostSchool: 'Lincoln Elementary' });
      const seen = visibleText(rendered.html);
      for (const [id, value] of Object.entries(values)) {
        for (const piece of visiblePieces(value)) {
          expect({ id, inHtml: seen.includes(collapse(piece)) }).toEqual({ id, inHtml: true });
          expect({ id, inText: rendered.text.includes(piece) }).toEqual({ id, inText: true });
        }
      }
      expect(findActiveContent(rendered.html)).toEqual([]);
    });

    it('renders every section heading with its minutes, in order', () => {
      const rendered = renderAgenda(template, sampleValues(template), { hostSchool: 'Lincoln Elementary' });
      const positions = template.sections.map((s, i) => rendered.text.indexOf(`${i + 1}. ${s.heading.replace('{{hostSchool}}', 'Lincoln Elementary')} (${s.minutes} min)`));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });
  });
});
