import { builtIn, field, section } from './define.js';

/** Naming what collaboration achieved (attendance, instruction, teacher retention) reinforces why it is worth the time. */
export const celebration = builtIn({
  id: 'celebration',
  kind: 'celebration',
  title: 'Celebration of wins',
  description: 'A short session to name and celebrate what our work together has made possible, and the people behind it. Recognition shows why this time is worth protecting.',
  durationMinutes: 30,
  fields: [
    field('wins', 'Wins to celebrate', 'list', {
      required: true,
      help: 'For example better attendance, stronger instruction, teachers who stayed.',
    }),
    field('evidence', 'Evidence of impact', 'longText'),
    field('recognize', 'People to recognize', 'list'),
  ],
  sections: [
    section('Welcome', 5, ['Why we pause to celebrate: recognition reinforces the value of working together.']),
    section('Our wins', 15, ['Each principal names a win that came from working with colleagues, and the evidence behind it.'], ['wins', 'evidence']),
    section('Recognition', 5, ['Thank the teachers, staff and colleagues who made it happen.'], ['recognize']),
    section('Carry it forward', 5, ['What did we do together that made this possible, and how do we keep doing it?']),
  ],
});
