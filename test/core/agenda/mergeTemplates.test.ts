import { describe, expect, it } from '@jest/globals';
import { BUILT_IN_TEMPLATES, mergeTemplates, type AgendaTemplate } from '../../../src/core/agenda/index.js';

const builtIn = BUILT_IN_TEMPLATES[1]!;
const district = (id: string, source: string, title = `District ${id}`): AgendaTemplate => ({ ...builtIn, id, title, source });

describe('mergeTemplates', () => {
  it('replaces a built-in in place and appends additions by title', () => {
    const merged = mergeTemplates(BUILT_IN_TEMPLATES, [district('zeta', 'z.yaml', 'Zeta'), district(builtIn.id, 'walk.md'), district('alpha', 'a.yaml', 'Alpha')]);
    expect(merged.problems).toEqual([]);
    expect(merged.templates.map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATES.map((t) => t.id), 'alpha', 'zeta']);
    expect(merged.templates[1]?.source).toBe('walk.md');
  });

  it('keeps the file that sorts first when two files share an id, and reports the other', () => {
    const merged = mergeTemplates(BUILT_IN_TEMPLATES, [district('same', 'templates/b.yaml'), district('same', 'templates/a.json')]);
    expect(merged.templates.filter((t) => t.id === 'same').map((t) => t.source)).toEqual(['templates/a.json']);
    expect(merged.problems).toEqual([
      {
        file: 'templates/b.yaml',
        path: 'id',
        message: 'id "same" is already used by templates/a.json, which is the one in use',
        fix: 'give this template its own id, or delete one of the two files',
      },
    ]);
  });

  it('does not change its inputs', () => {
    const input = [district('b', 'b.yaml'), district('a', 'a.yaml')];
    mergeTemplates(BUILT_IN_TEMPLATES, input);
    expect(input.map((t) => t.id)).toEqual(['b', 'a']);
  });
});
