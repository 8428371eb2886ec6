import { builtIn, field, section } from './define.js';

/**
 * A regular cohort (a networked learning community of principals) that brings real practice or data and keeps
 * the talk focused and inclusive with a simple protocol, ending in commitments the group follows up next time.
 */
export const cohortMeeting = builtIn({
  id: 'cohort-meeting',
  kind: 'cohortMeeting',
  title: 'Principal cohort meeting',
  description:
    'A standing meeting of the cohort: principals bring a real problem of practice or a set of data, think it through together with a protocol, and each leave with a commitment to act on before we meet again. Sharper ideas and plans come from the group than any of us would reach alone.',
  durationMinutes: 90,
  fields: [
    field('norms', 'Our norms', 'list', {
      default: ['Start and end on time', 'Speak from your own practice', 'Push on ideas, not on people', 'What is shared here stays here'],
      help: 'The norms the cohort agreed; revisit them every time.',
    }),
    field('previousCommitments', 'Commitments from last time', 'list', { help: 'One line per principal.' }),
    field('presenter', 'Presenting principal', 'text', { required: true }),
    field('problemOfPractice', 'Problem of practice or data', 'longText', {
      required: true,
      help: 'What the presenter brings: the situation, what has been tried, or the data and where it comes from.',
    }),
    field('focusingQuestion', 'Focusing question', 'text', { help: 'The one question the presenter wants the group to help with.' }),
    field('materials', 'Materials link', 'url', { help: 'Data, student work or documents to look at beforehand.' }),
    field('protocol', 'Protocol', 'text', { default: 'Consultancy protocol' }),
  ],
  sections: [
    section(
      'Norms and purpose',
      5,
      ['Read the norms aloud; each principal names one to practise today.', 'Recall why the cohort meets: to grow our leadership together and improve outcomes for students.'],
      ['norms'],
    ),
    section(
      'Check-in',
      10,
      ['A quick round: one win and one thing on your mind since we last met.', 'Report back on last meeting’s commitments: what happened, what you learned.'],
      ['previousCommitments'],
    ),
    section(
      'Problem of practice or data',
      15,
      [
        'The presenter frames the problem of practice or walks through the data, then poses the focusing question.',
        'Clarifying questions only: facts the group needs, not advice yet.',
      ],
      ['presenter', 'problemOfPractice', 'focusingQuestion', 'materials'],
    ),
    section(
      'Protocol rounds',
      45,
      [
        'Round 1: probing questions that help the presenter think more deeply.',
        'Round 2: the group discusses the problem while the presenter listens and takes notes.',
        'Round 3: the presenter responds: what resonated, what they will try.',
        'The facilitator keeps time and makes sure every voice is heard.',
      ],
      ['protocol'],
    ),
    section('Commitments and reflection', 15, [
      'Each principal names one concrete action before the next meeting and the evidence they will bring back.',
      'Debrief the protocol: what helped our thinking today, and what would we change?',
    ]),
  ],
});
