import { describe, expect, it } from '@jest/globals';
import { AgendaInputError, BUILT_IN_TEMPLATES, renderAgenda, sanitizeAgendaHtml, type AgendaTemplate } from '../../../src/core/agenda/index.js';
import { collapse, findActiveContent, visibleText } from './support/inertHtml.js';
import { sampleValue } from './support/sampleValues.js';
import { HOSTILE_SAFE_SCHEME_URLS, XSS_VECTORS } from './support/xssVectors.js';

// Invisible characters the renderer removes on purpose; the reader sees the rest of the value.
const stripControls = (text: string) => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');

function everyFieldSetTo(template: AgendaTemplate, vector: string) {
  return Object.fromEntries(template.fields.map((f) => [f.id, f.type === 'list' ? [vector, `item ${vector}`] : vector]));
}

const hostileContext = (vector: string) => ({
  title: vector,
  start: vector,
  end: vector,
  hostSchool: vector,
  location: vector,
  coachName: vector,
  attendees: [vector, 'Ana Ruiz'],
});

describe('renderAgenda with hostile input', () => {
  it('is exercised with at least 30 classic vectors', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    it('keeps every vector inert in every field and in the context, and shows it as text', () => {
      const strictFields = new Set(template.fields.filter((f) => f.type === 'url' || f.type === 'date').map((f) => f.id));
      for (const vector of XSS_VECTORS) {
        const values = everyFieldSetTo(template, vector);
        // url and date fields refuse these values outright; that refusal must name only those fields.
        let rendered;
        try {
          rendered = renderAgenda(template, values, hostileContext(vector));
        } catch (error) {
          expect(error).toBeInstanceOf(AgendaInputError);
          const fields = (error as AgendaInputError).problems.map((p) => p.field);
          expect({ vector, refused: fields.filter((f) => !strictFields.has(f)) }).toEqual({ vector, refused: [] });
          for (const f of template.fields) if (strictFields.has(f.id)) values[f.id] = sampleValue(f, 1);
          rendered = renderAgenda(template, values, hostileContext(vector));
        }
        expect({ vector, active: findActiveContent(rendered.html) }).toEqual({ vector, active: [] });
        const seen = visibleText(rendered.html);
        expect({ vector, shownAsText: seen.includes(collapse(stripControls(vector))) }).toEqual({ vector, shownAsText: true });
        expect(rendered.subject).not.toMatch(/[\r\n\u0000]/);
      }
    });
  });

  it('links http(s) and mailto addresses that carry payloads without letting the payload out', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.fields.some((f) => f.type === 'url'))!;
    const urlField = template.fields.find((f) => f.type === 'url')!;
    for (const url of HOSTILE_SAFE_SCHEME_URLS) {
      const values = Object.fromEntries(template.fields.map((f, i) => [f.id, sampleValue(f, i)]));
      values[urlField.id] = url;
      const { html } = renderAgenda(template, values, {});
      expect({ url, active: findActiveContent(html) }).toEqual({ url, active: [] });
      expect(html).toMatch(/<a href="(https?|mailto):[^"]*" rel="noopener noreferrer" target="_blank">/);
    }
  });

  it('refuses script, data and vbscript addresses in a url field, naming the field', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'data-dig')!;
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x']) {
      expect(() => renderAgenda(template, { dataSet: 'Attendance', dataLink: url }, {})).toThrow(/Link to the data \(dataLink\) must be a web \(http or https\) or mailto address/);
    }
  });

  it('never expands {{…}} typed by a user into other values', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'learning-walk')!;
    const values = Object.fromEntries(template.fields.map((f, i) => [f.id, sampleValue(f, i)]));
    values.focusQuestion = '{{hostSchool}} and {{coachName}}';
    const { html, text } = renderAgenda(template, values, { hostSchool: '{{coachName}}', coachName: 'Dana Reyes' });
    expect(text).toContain('Focus question: {{hostSchool}} and {{coachName}}');
    expect(text).toContain('We visit {{coachName}} to see');
    expect(visibleText(html)).toContain('Focus question: {{hostSchool}} and {{coachName}}');
  });
});

describe('sanitizeAgendaHtml', () => {
  it('leaves no active content for any vector given as raw HTML', () => {
    for (const vector of XSS_VECTORS) {
      expect({ vector, active: findActiveContent(sanitizeAgendaHtml(vector)) }).toEqual({ vector, active: [] });
    }
  });

  it('keeps the markup an agenda uses and adds rel to links', () => {
    const html = sanitizeAgendaHtml('<h3>Agenda</h3><ul><li><strong>Bold</strong> <a href="https://example.org">link</a></li></ul>');
    expect(html).toBe('<h3>Agenda</h3><ul><li><strong>Bold</strong> <a href="https://example.org" rel="noopener noreferrer" target="_blank">link</a></li></ul>');
  });
});

describe('findActiveContent (the checker itself)', () => {
  it('flags what it exists to catch, so a passing XSS test means something', () => {
    expect(findActiveContent('<img src=x onerror=alert(1)>')).toEqual(expect.arrayContaining(['<img> element', 'onerror handler on <img>']));
    expect(findActiveContent('<a href="jav&#x09;ascript:alert(1)" rel="noopener">x</a>')).toHaveLength(1);
    expect(findActiveContent('<p style="color:red">x</p>')).toEqual(['style attribute on <p>']);
    expect(findActiveContent('<template><script>alert(1)</script></template>')).toEqual(['<template> element', '<script> element']);
    expect(findActiveContent('<p>&lt;script&gt;</p>')).toEqual([]);
  });
});
