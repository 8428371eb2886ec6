import { describe, expect, it } from '@jest/globals';
import { formatTemplateProblem, parseTemplateDocument, type ParsedTemplate } from '../../../src/core/agenda/index.js';

function problemsOf(result: ParsedTemplate): string[] {
  return result.ok ? [] : result.problems.map(formatTemplateProblem);
}

const WALK_YAML = `id: district-walk
kind: learningWalk
title: District learning walk
durationMinutes: 90
briefHeading: Visit brief for {{hostSchool}}
fields:
  - id: focusQuestion
    label: Focus question
    type: text
    required: true
  - id: classrooms
    label: Classrooms
    type: list
sections:
  - heading: Pre-brief
    minutes: 15
    prompts:
      - The host shares the focus question.
    fields: [focusQuestion]
  - heading: Visits
    minutes: 45
  - heading: Debrief
    minutes: 30
    prompts:
      - Noticings and wonderings.
`;

const WALK_MD = `---
id: district-walk
kind: learningWalk
title: District learning walk
durationMinutes: 90
briefHeading: Visit brief for {{hostSchool}}
fields:
  - id: focusQuestion
    label: Focus question
    type: text
    required: true
  - id: classrooms
    label: Classrooms
    type: list
---
# District learning walk

## Pre-brief (15 min)
- The host shares the focus question.
Fields: focusQuestion

## Visits (45 min)

## Debrief (30 minutes)
* Noticings and wonderings.
`;

describe('parseTemplateDocument', () => {
  describe('when the file is valid', () => {
    it('reads the same template from YAML, JSON and Markdown', () => {
      const yaml = parseTemplateDocument('templates/walk.yaml', WALK_YAML);
      const md = parseTemplateDocument('templates/walk.md', WALK_MD);
      expect(problemsOf(yaml)).toEqual([]);
      expect(problemsOf(md)).toEqual([]);
      if (!yaml.ok || !md.ok) return;
      const { source: _s, ...data } = yaml.template;
      const json = parseTemplateDocument('templates/walk.json', JSON.stringify(data, null, 2));
      expect(problemsOf(json)).toEqual([]);
      if (!json.ok) return;
      expect({ ...md.template, source: '' }).toEqual({ ...yaml.template, source: '' });
      expect({ ...json.template, source: '' }).toEqual({ ...yaml.template, source: '' });
      expect(yaml.template.source).toBe('templates/walk.yaml');
      expect(yaml.template.sections[0]).toEqual({ heading: 'Pre-brief', minutes: 15, prompts: ['The host shares the focus question.'], fields: ['focusQuestion'] });
    });

    it('fills optional parts with their defaults', () => {
      const result = parseTemplateDocument('t.yaml', 'id: tiny\nkind: celebration\ntitle: Tiny\ndurationMinutes: 10\nsections:\n  - heading: All\n    minutes: 10\n');
      expect(result.ok && result.template).toEqual({
        id: 'tiny',
        kind: 'celebration',
        title: 'Tiny',
        description: '',
        durationMinutes: 10,
        briefHeading: 'Details',
        fields: [],
        sections: [{ heading: 'All', minutes: 10, prompts: [], fields: [] }],
        source: 't.yaml',
      });
    });

    it('accepts a byte-order mark and Windows line ends', () => {
      expect(problemsOf(parseTemplateDocument('t.yaml', '\uFEFF' + WALK_YAML.replace(/\n/g, '\r\n')))).toEqual([]);
      expect(problemsOf(parseTemplateDocument('t.md', WALK_MD.replace(/\n/g, '\r\n')))).toEqual([]);
    });
  });

  describe('when a YAML file breaks the schema', () => {
    it('names the file, line, field and fix for a bad minutes value', () => {
      const bad = WALK_YAML.replace('minutes: 30', 'minutes: -5');
      expect(problemsOf(parseTemplateDocument('templates/walk.yaml', bad))).toEqual([
        'templates/walk.yaml:23: sections[2].minutes must be a positive whole number of minutes, at most 480 — write minutes: 15',
      ]);
    });

    it('reports every problem in the file at once', () => {
      const bad = WALK_YAML.replace('kind: learningWalk', 'kind: walk').replace('    minutes: 45', '    minuts: 45').replace('type: list', 'type: bullets');
      expect(problemsOf(parseTemplateDocument('templates/walk.yaml', bad))).toEqual([
        'templates/walk.yaml:2: kind must be one of cohortMeeting, learningWalk, peerCoaching, dataDig, projectTeam, celebration, partnershipBuilding, partnershipLearningConversation, partnershipJointWork — write kind: learningWalk',
        'templates/walk.yaml:13: fields[1].type must be one of text, longText, list, url, date — write type: text',
        'templates/walk.yaml:20: sections[1].minutes is missing — add minutes: 15',
        'templates/walk.yaml:21: sections[1].minuts is not a setting Common Time knows — check the spelling or remove it; allowed here: heading, minutes, prompts, fields',
      ]);
    });

    it('says what a missing required setting should look like', () => {
      const result = parseTemplateDocument('templates/x.yaml', 'id: x-1\nkind: dataDig\ndurationMinutes: 30\nsections: []\n');
      expect(problemsOf(result)).toEqual([
        'templates/x.yaml: title is missing — add title: Learning walk',
        'templates/x.yaml:4: sections must be a list of 1 to 20 sections — write sections: [ { heading: Debrief, minutes: 15 } ]',
      ]);
    });

    it('reports a repeated key instead of letting the last one win', () => {
      expect(problemsOf(parseTemplateDocument('t.yaml', 'id: a-b\nid: c-d\n'))).toEqual([
        expect.stringMatching(/^t\.yaml:2: the file is not valid YAML: Map keys must be unique — /),
      ]);
    });

    it('treats a __proto__ key as an unknown setting and pollutes nothing', () => {
      const result = parseTemplateDocument('t.yaml', `${WALK_YAML}__proto__:\n  polluted: true\n`);
      expect(problemsOf(result)).toEqual([expect.stringContaining('__proto__ is not a setting Common Time knows')]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('says the whole file must be one template when it is a list', () => {
      expect(problemsOf(parseTemplateDocument('t.yaml', '- a\n- b\n'))).toEqual([
        expect.stringMatching(/^t\.yaml: the file must be one template: an object with id, kind, title, durationMinutes and sections — write /),
      ]);
    });
  });

  describe('when a JSON file is wrong', () => {
    it('shows the fix in JSON syntax', () => {
      const result = parseTemplateDocument(
        'templates/t.json',
        '{\n  "id": "t-1",\n  "kind": "dataDig",\n  "title": "T",\n  "durationMinutes": "sixty",\n  "sections": [{"heading": "A", "minutes": 10}]\n}',
      );
      expect(problemsOf(result)).toEqual(['templates/t.json:5: durationMinutes must be a positive whole number of minutes, at most 480 — write "durationMinutes": 60']);
    });

    it('gives the line of a syntax error', () => {
      const result = parseTemplateDocument('templates/t.json', '{\n  "id": "t-1",\n}\n');
      expect(problemsOf(result)).toEqual([expect.stringMatching(/^templates\/t\.json:3: the file is not valid JSON: .+ — check for a missing comma/)]);
    });
  });

  describe('when a Markdown file is wrong', () => {
    it('asks for the minutes in the heading, pointing at its line', () => {
      const result = parseTemplateDocument('templates/walk.md', WALK_MD.replace('## Visits (45 min)', '## Visits'));
      expect(problemsOf(result)).toEqual(['templates/walk.md:22: sections[1].minutes is missing — put the minutes at the end of the heading: ## Visits (15 min)']);
    });

    it('refuses JavaScript front matter without running it', () => {
      const text = "---js\n{ id: (function () { globalThis.__agendaPwned = true; return 'x-1'; })() }\n---\n";
      expect(problemsOf(parseTemplateDocument('t.md', text))).toEqual([
        't.md:1: the front matter must be YAML, not js — start the file with a line of three dashes (---), then id:, kind:, title: and durationMinutes:, then another ---',
      ]);
      expect((globalThis as Record<string, unknown>).__agendaPwned).toBeUndefined();
    });

    it('reports a file without front matter, or with front matter never closed', () => {
      expect(problemsOf(parseTemplateDocument('t.md', '# Just notes\n'))).toEqual([expect.stringContaining('t.md:1: the file has no front matter')]);
      expect(problemsOf(parseTemplateDocument('t.md', '---\nid: x-1\n'))).toEqual([expect.stringContaining('t.md:1: the front matter is not closed')]);
    });

    it('refuses sections given twice', () => {
      const text = WALK_MD.replace('durationMinutes: 90', 'durationMinutes: 90\nsections:\n  - heading: A\n    minutes: 5');
      expect(problemsOf(parseTemplateDocument('t.md', text))).toEqual([expect.stringContaining('sections are given both in the front matter and as ## headings in the body')]);
    });

    it('turns the text before the first heading into the description and other text into prompts', () => {
      const text = WALK_MD.replace('# District learning walk\n', '# District learning walk\n\nWe visit {{hostSchool}}\ntogether.\n\nBring notes.\n').replace(
        '## Visits (45 min)\n',
        '## Visits (45 min)\nTen minutes per room,\nquietly.\n',
      );
      const result = parseTemplateDocument('t.md', text);
      expect(result.ok && result.template.description).toBe('We visit {{hostSchool}} together.\n\nBring notes.');
      expect(result.ok && result.template.sections[1]?.prompts).toEqual(['Ten minutes per room, quietly.']);
    });
  });

  describe('when the rules beyond the schema are broken', () => {
    it('names unknown and repeated fields, an over-long agenda, a bad default and unknown placeholders', () => {
      const bad = WALK_YAML.replace('fields: [focusQuestion]', 'fields: [focusQuestion, lookFors]')
        .replace('  - id: classrooms', '  - id: focusQuestion')
        .replace('durationMinutes: 90', 'durationMinutes: 60')
        .replace('    type: list', '    type: url\n    default: "javascript:alert(1)"')
        .replace('Noticings and wonderings.', 'Thank {{principal}}.');
      expect(problemsOf(parseTemplateDocument('templates/walk.yaml', bad))).toEqual([
        'templates/walk.yaml:11: fields[1].id repeats the field id "focusQuestion" (also fields[0]) — give each field its own id',
        'templates/walk.yaml:14: fields[1].default is not a valid default: Classrooms (focusQuestion) must be a web (http or https) or mailto address — write it like https://example.org/notes',
        'templates/walk.yaml:20: sections[0].fields[1] names the field "lookFors", which is not defined under fields — define it under fields, or use one of: focusQuestion',
        'templates/walk.yaml:4: durationMinutes is 60 but the sections add up to 90 minutes — write durationMinutes: 90, or shorten a section',
        'templates/walk.yaml:26: sections[2].prompts[0] uses {{principal}}, which Common Time does not fill in — use one of {{hostSchool}}, {{coachName}}, {{location}}, {{title}}, or remove the braces',
      ]);
    });

    it('refuses a field shown in two sections', () => {
      const bad = WALK_YAML.replace('    minutes: 45', '    minutes: 45\n    fields: [focusQuestion]');
      expect(problemsOf(parseTemplateDocument('t.yaml', bad))).toEqual([
        't.yaml:22: sections[1].fields[0] shows "focusQuestion", which sections[0] already shows — show each field in one section only',
      ]);
    });
  });

  describe('when the file itself is not a template', () => {
    it('refuses other file types and oversized files', () => {
      expect(problemsOf(parseTemplateDocument('notes.txt', 'id: x'))).toEqual(['notes.txt: the file is not a template file type — name it .json, .yaml, .yml or .md']);
      expect(problemsOf(parseTemplateDocument('big.yaml', `description: "${'x'.repeat(300_000)}"`))).toEqual([
        expect.stringContaining('big.yaml: the file is 300,015 characters; the limit is 262,144'),
      ]);
    });
  });
});
