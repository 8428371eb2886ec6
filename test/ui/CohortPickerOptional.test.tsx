/**
 * @jest-environment jsdom
 *
 * Required and optional people in the Find time form, as a keyboard and screen-reader user meets them: a
 * section that says how many are required, a switch per chosen person named by the person and its visible
 * word, the coach never offered; and the form's rules for optional people.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import type { DirectoryPerson } from '../../src/core/directory/model.js';
import { CohortPicker, type CohortChange, type CohortPickerProps } from '../../src/ui/findTime/CohortPicker/index.js';
import { checkForm, defaultForm, optionalIn } from '../../src/ui/findTime/findTimeForm.js';

const person = (name: string): DirectoryPerson => ({ id: name, mail: `${name.split(' ')[0]!.toLowerCase()}@district.example`, displayName: name });
const coach = person('Andre Brooks');
const [ana, ben, dee] = [person('Ana Ruiz'), person('Ben Okafor'), person('Dee Lee')];

function Picker(props: Partial<CohortPickerProps> & { changes?: (c: CohortChange) => void }) {
  const [optional, setOptional] = useState<readonly string[]>(props.optional ?? []);
  return (
    <FluentProvider theme={webLightTheme}>
      <CohortPicker
        directory={{ searchPeople: async () => [] }}
        mode="people"
        groupId=""
        people={[ana!, ben!, dee!]}
        groups={{ status: 'done', value: [] }}
        members={{ status: 'idle' }}
        takesOptional
        organizerMail={coach.mail}
        {...props}
        optional={optional}
        onChange={(c) => {
          props.changes?.(c);
          if (c.optional) setOptional(c.optional);
        }}
      />
    </FluentProvider>
  );
}

describe('required and optional people in the form', () => {
  it('marks a hand-picked person optional by keyboard; the switch says its state and the section counts', async () => {
    const user = userEvent.setup();
    const changes = jest.fn<(c: CohortChange) => void>();
    render(<Picker changes={changes} />);
    const section = screen.getByRole('button', { name: 'Required and optional: All 3 required' });
    section.focus();
    await user.keyboard('{Enter}');
    const switches = screen.getAllByRole('switch');
    expect(switches.map((s) => s.closest('li')?.textContent)).toEqual(['Ana RuizOptional', 'Ben OkaforOptional', 'Dee LeeOptional']);
    const deeSwitch = screen.getByRole('switch', { name: 'Dee Lee Optional' });
    expect((deeSwitch as HTMLInputElement).checked).toBe(false);
    deeSwitch.focus();
    await user.keyboard(' ');
    expect(changes).toHaveBeenLastCalledWith({ optional: ['dee@district.example'] });
    expect((screen.getByRole('switch', { name: 'Dee Lee Optional' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Required and optional: 2 required, 1 optional' })).toBeTruthy();
    await user.keyboard(' ');
    expect(changes).toHaveBeenLastCalledWith({ optional: [] });
  });

  it("lists a group's members without the coach, who is always required", async () => {
    const user = userEvent.setup();
    render(<Picker mode="group" groupId="g1" people={[]} members={{ status: 'done', value: [coach, ana!, ben!] }} optional={['ben@district.example']} />);
    await user.click(screen.getByRole('button', { name: 'Required and optional: 1 required, 1 optional' }));
    expect(screen.getAllByRole('switch').map((s) => s.closest('li')?.textContent)).toEqual(['Ana RuizOptional', 'Ben OkaforOptional']);
    expect((screen.getByRole('switch', { name: 'Ben Okafor Optional' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/You are always required\./)).toBeTruthy();
  });

  it('offers no choice for a rotation or pairs, nor before anyone is chosen', () => {
    const { unmount } = render(<Picker takesOptional={false} />);
    expect(screen.queryByRole('button', { name: /^Required and optional/ })).toBeNull();
    unmount();
    render(<Picker people={[]} />);
    expect(screen.queryByRole('button', { name: /^Required and optional/ })).toBeNull();
  });
});

describe('the form with optional people', () => {
  const form = { ...defaultForm('2026-12-07'), cohortMode: 'people' as const, people: [ana!, ben!, dee!], optional: ['DEE@district.example', 'zoe@district.example'] };

  it('counts only the optional people in the cohort, and none for a rotation', () => {
    expect(optionalIn(form, [ana!, ben!, dee!])).toEqual(['dee@district.example']);
    expect(optionalIn({ ...form, kind: 'learningWalk', rotation: true }, [ana!, ben!, dee!])).toEqual([]);
  });

  it('"at least this many free" counts the required people only, and someone must stay required', () => {
    expect(checkForm({ ...form, minAvailable: '3' }, 3, 'America/New_York', 1).errors.minAvailable).toBe(
      'Only 2 of the cohort are required (optional people are not counted); enter 2 or fewer.',
    );
    expect(checkForm({ ...form, minAvailable: '2' }, 3, 'America/New_York', 1).checked?.minAvailable).toBe(2);
    expect(checkForm(form, 3, 'America/New_York', 3).errors.cohort).toBe(
      'Everyone is marked optional; mark at least one person required, since optional people never decide the time.',
    );
  });
});
