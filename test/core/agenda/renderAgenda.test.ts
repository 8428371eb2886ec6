import { describe, expect, it } from '@jest/globals';
import { AgendaInputError, BUILT_IN_TEMPLATES, PROTECTED_LEAD, findTemplate, renderAgenda } from '../../../src/core/agenda/index.js';
import { visibleText } from './support/inertHtml.js';

const walk = findTemplate(BUILT_IN_TEMPLATES, 'learning-walk')!;
const coaching = findTemplate(BUILT_IN_TEMPLATES, 'peer-coaching')!;
const walkValues = {
  address: '12 Elm Street',
  classrooms: ['Room 4, Ms. Lee, grade 3 reading', 'Room 9, Mr. Osei, algebra'],
  focusQuestion: 'How do students explain their thinking?',
  lookFors: 'Turn and talk\n\nStudents asking questions\n',
};

function errorOf(run: () => unknown): AgendaInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof AgendaInputError) return error;
    throw error;
  }
  throw new Error('expected an AgendaInputError');
}

describe('renderAgenda', () => {
  it('opens with a visible "Protected collaboration time" line in HTML and text', () => {
    const { html, text } = renderAgenda(coaching, { goal: 'Sharper feedback' }, {});
    expect(visibleText(html).trimStart().startsWith(PROTECTED_LEAD)).toBe(true);
    expect(text.startsWith(PROTECTED_LEAD)).toBe(true);
  });

  it('uses only simple semantic tags and no CSS, tables, classes or images', () => {
    const { html } = renderAgenda(walk, { ...walkValues, arrival: 'Park at the back.\n\nSign in.' }, { start: 'Mon', end: 'Tue' });
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['br', 'div', 'em', 'h2', 'h3', 'h4', 'hr', 'li', 'p', 'strong', 'ul']);
    expect(html).not.toMatch(/style=|class=|<table|<img/);
  });

  it('builds the subject from the template and host school unless a title is given, on one line', () => {
    expect(renderAgenda(walk, walkValues, { hostSchool: 'Lincoln Elementary' }).subject).toBe('Learning walk at Lincoln Elementary');
    expect(renderAgenda(walk, walkValues, { title: 'Spring walk\r\n at  Lincoln' }).subject).toBe('Spring walk at Lincoln');
    expect(renderAgenda(coaching, { goal: 'g' }).subject).toBe('Peer-coaching session');
  });

  it('shows the booking facts: when, where, host, coach and attendees', () => {
    const { text } = renderAgenda(walk, walkValues, {
      start: 'Tue 4 March 2026, 9:00 AM',
      end: '11:00 AM',
      location: 'Library',
      hostSchool: 'Lincoln Elementary',
      coachName: 'Dana Reyes',
      attendees: ['Ana Ruiz', 'Ben Cole'],
    });
    expect(text).toContain('When: Tue 4 March 2026, 9:00 AM – 11:00 AM\nWhere: Library\nHost school: Lincoln Elementary\nCoach: Dana Reyes\nAttendees: Ana Ruiz, Ben Cole');
  });

  it('fills {{hostSchool}} in template text, with neutral words when it is not known yet', () => {
    expect(renderAgenda(walk, walkValues, { hostSchool: 'Lincoln Elementary' }).text).toContain('Visit brief for Lincoln Elementary');
    expect(renderAgenda(walk, walkValues, {}).text).toContain('Visit brief for the host school');
  });

  it('puts fields outside any section into the brief, before the timed agenda', () => {
    const { text } = renderAgenda(walk, walkValues, {});
    expect(text.indexOf('School address: 12 Elm Street')).toBeLessThan(text.indexOf('Agenda (120 minutes)'));
    expect(text.indexOf('Focus question: How do')).toBeGreaterThan(text.indexOf('1. Pre-brief at the host school (20 min)'));
  });

  it('uses field defaults and drops empty list items', () => {
    const cohort = findTemplate(BUILT_IN_TEMPLATES, 'cohort-meeting')!;
    const { text } = renderAgenda(cohort, { presenter: 'Ana', problemOfPractice: 'Chronic absence in grade 6' });
    expect(text).toContain('Protocol: Consultancy protocol');
    expect(text).toContain('  - Push on ideas, not on people');
    expect(renderAgenda(walk, walkValues).text).toContain('Look-fors:\n  - Turn and talk\n  - Students asking questions\n');
  });

  it('links a url field and keeps the address as its text', () => {
    const dig = findTemplate(BUILT_IN_TEMPLATES, 'data-dig')!;
    const { html, text } = renderAgenda(dig, { dataSet: 'Attendance', dataLink: 'https://example.org/a?b=1&c=2' });
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">https://example.org/a?b=1&amp;c=2</a>');
    expect(text).toContain('Link to the data: https://example.org/a?b=1&c=2');
  });

  describe('when input is missing or wrong', () => {
    it('names every missing required field at once', () => {
      const jointWork = findTemplate(BUILT_IN_TEMPLATES, 'partnership-joint-work')!;
      const error = errorOf(() => renderAgenda(jointWork, {}, {}));
      expect(error.problems.map((p) => p.field)).toEqual(['improvementGoal', 'jointActivity']);
      expect(error.message).toContain('Improvement goal (improvementGoal) is required — fill in improvement goal');
      // A walk's host fields are the host's to add when they accept: only the address is asked at booking.
      expect(errorOf(() => renderAgenda(walk, {}, {})).problems.map((p) => p.field)).toEqual(['address']);
    });

    it('treats blank text and blank lists as missing', () => {
      const error = errorOf(() => renderAgenda(walk, { ...walkValues, address: '   ', classrooms: ['', ' '] }));
      expect(error.problems.map((p) => p.field)).toEqual(['address']);
      const building = findTemplate(BUILT_IN_TEMPLATES, 'partnership-building')!;
      expect(errorOf(() => renderAgenda(building, { agreements: ['', ' '] })).problems.map((p) => p.field)).toEqual(['agreements']);
    });

    it('refuses values for fields the template does not have, wrong types, bad dates and context errors', () => {
      const team = findTemplate(BUILT_IN_TEMPLATES, 'project-team')!;
      const error = errorOf(() =>
        renderAgenda(
          team,
          { projectGoal: 42, milestoneDate: '2026-02-30', decisions: [1], budget: 'x' },
          { title: 't'.repeat(256), kind: 'party' as never, attendees: 'everyone' as never },
        ),
      );
      expect(error.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
        'context.kind: context.kind "party" is not a session kind',
        'context.title: context.title is 256 characters; the limit is 255',
        'context.attendees: context.attendees must be a list of names',
        'budget: budget is not a field of the “Cross-school project team” template',
        'projectGoal: Project goal (projectGoal) must be text',
        'milestoneDate: Next milestone (milestoneDate) must be a calendar date written YYYY-MM-DD',
        'decisions: Decisions needed today (decisions) must be a list of texts',
      ]);
    });

    it('refuses over-long values instead of cutting them', () => {
      const error = errorOf(() => renderAgenda(coaching, { goal: 'g'.repeat(1001) }));
      expect(error.problems).toEqual([{ field: 'goal', message: 'Leadership goal (goal) is 1,001 characters; the limit is 1,000', fix: 'shorten it' }]);
    });
  });
});
