/**
 * @jest-environment jsdom
 *
 * The agenda goes into the meeting body once: first when there is none, in place of the earlier one
 * when there is, whether Outlook kept our wrapper's id, renamed it, or dropped it.
 */
/// <reference lib="dom" />
import { describe, expect, it } from '@jest/globals';
import { placeAgendaInHtml, placeAgendaInText, wrapAgendaHtml } from '../../src/addin/compose/agendaInBody.js';
import { insertAgenda } from '../../src/addin/compose/composeActions.js';
import { openItem } from '../../src/ui/host/office/index.js';
import type { ComposeMeeting } from '../../src/ui/host/office/index.js';
import { composeMock, newComposeState } from './support/outlookMock.js';

const agenda = (title: string) =>
  `<div>\n<p><strong>Protected collaboration time.</strong> Keep it free.</p>\n<h2>${title}</h2>\n<hr>\n<p><em>Agenda: ${title}. Booked with Common Time.</em></p>\n</div>`;
const count = (html: string, text: string) => html.split(text).length - 1;

describe('placeAgendaInHtml', () => {
  it('puts the agenda first and keeps what the organizer wrote', () => {
    const out = placeAgendaInHtml('<p>Hello all,</p>', agenda('One'));
    expect(out.indexOf('Protected collaboration time.')).toBeLessThan(out.indexOf('Hello all,'));
    expect(out).toContain('id="common-time-agenda"');
  });

  it('replaces an earlier agenda in place, never adding a second', () => {
    const once = placeAgendaInHtml('<p>Intro</p>', agenda('One'));
    const twice = placeAgendaInHtml(`<p>Above</p>${once}<p>Below</p>`, agenda('Two'));
    expect(count(twice, 'Protected collaboration time.')).toBe(1);
    expect(twice).toContain('<h2>Two</h2>');
    expect(twice).not.toContain('<h2>One</h2>');
    expect(twice.indexOf('Above')).toBeLessThan(twice.indexOf('Two'));
    expect(twice.indexOf('Two')).toBeLessThan(twice.indexOf('Below'));
  });

  it("finds the earlier agenda when Outlook prefixed the wrapper's id (x_common-time-agenda)", () => {
    const mangled = `<html><head><style>p{}</style></head><body><div id="x_common-time-agenda">${agenda('One')}</div><p>Notes</p></body></html>`;
    const out = placeAgendaInHtml(mangled, agenda('Two'));
    expect(count(out, 'Protected collaboration time.')).toBe(1);
    expect(out).toMatch(/^<!DOCTYPE html><html><head><style>p\{\}<\/style>/);
    expect(out).toContain('Notes');
  });

  it('finds the earlier agenda by its first and last lines when the wrapper is gone', () => {
    const unwrapped = `<p>Before</p><p><strong>Protected collaboration time.</strong> Keep it free.</p><h2>One</h2><p><em>Agenda: One. Booked with Common Time.</em></p><p>After</p>`;
    const out = placeAgendaInHtml(unwrapped, agenda('Two'));
    expect(count(out, 'Protected collaboration time.')).toBe(1);
    expect(out).toContain('Before');
    expect(out).toContain('After');
    expect(out).not.toContain('<h2>One</h2>');
  });

  it('wraps with the id it later looks for', () => {
    expect(wrapAgendaHtml('<p>x</p>')).toBe('<div id="common-time-agenda"><p>x</p></div>');
  });
});

describe('placeAgendaInText', () => {
  it('prepends to a plain-text body, then replaces from the first line to the last', () => {
    const first = placeAgendaInText('Hello', 'Protected collaboration time. A\nAgenda: A. Booked with Common Time.');
    expect(first).toBe('Protected collaboration time. A\nAgenda: A. Booked with Common Time.\n\nHello');
    const second = placeAgendaInText(`Top\n${first}`, 'Protected collaboration time. B\nAgenda: B. Booked with Common Time.');
    expect(second).toBe('Top\nProtected collaboration time. B\nAgenda: B. Booked with Common Time.\n\nHello');
  });
});

describe('insertAgenda on the open meeting', () => {
  it("renders the kind's template into the body once, however often it is inserted, and switching kind replaces it", async () => {
    const state = newComposeState({ subject: 'December cohort', required: [{ displayName: 'Ana Ruiz', emailAddress: 'ana@example.org' }] });
    const item = openItem(composeMock(state)) as ComposeMeeting;
    expect(await insertAgenda(item, { kind: 'cohortMeeting', coachName: 'Dana Reyes' })).toEqual({ replaced: false });
    expect(await insertAgenda(item, { kind: 'cohortMeeting', coachName: 'Dana Reyes' })).toEqual({ replaced: true });
    await insertAgenda(item, { kind: 'dataDig', coachName: 'Dana Reyes' });
    expect(count(state.body, 'Protected collaboration time.')).toBe(1);
    expect(state.body).toContain('Data dig');
    expect(state.body).toContain('December cohort');
    expect(state.body).toContain('Ana Ruiz');
    expect(state.body).toContain('(to fill in)');
    expect(state.body).toContain('Hello all,');
    expect(state.calls.filter((c) => c === 'body:html')).toHaveLength(3);
  });
});
