import { builtIn, field, section } from './define.js';

/** Two principals as thought partners: one coaches the other on a leadership goal, with evidence on the table. */
export const peerCoaching = builtIn({
  id: 'peer-coaching',
  kind: 'peerCoaching',
  title: 'Peer-coaching session',
  description:
    'Two principals working as thought partners on one leadership goal. The coach asks before advising; feedback is specific and tied to evidence; the session ends with commitments both will check on next time.',
  durationMinutes: 45,
  fields: [
    field('goal', 'Leadership goal', 'text', { required: true }),
    field('evidence', 'Evidence brought', 'longText', {
      help: 'Walkthrough notes, feedback given to teachers, a meeting agenda, student work.',
    }),
    field('feedbackFocus', 'Feedback wanted on', 'text'),
    field('commitments', 'Commitments', 'list'),
  ],
  sections: [
    section('Goal check', 10, ['Restate the leadership goal and what has changed since the last session.'], ['goal']),
    section('Evidence', 10, ['Look at the evidence together: what does it show about progress on the goal?'], ['evidence']),
    section(
      'Feedback',
      15,
      ['The coach asks open questions first, then offers feedback tied to the goal and the evidence.', 'The principal being coached says what is useful and what is not.'],
      ['feedbackFocus'],
    ),
    section('Commitments', 10, ['Name one or two actions, when they happen, and what evidence to bring next time.'], ['commitments']),
  ],
});
