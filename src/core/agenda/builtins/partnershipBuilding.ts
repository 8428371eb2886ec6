import { builtIn, field, section } from './define.js';

/**
 * Stage one of a learning-focused principal / principal-supervisor partnership (after Thessin, 2019): each
 * partner brings their own experience and expectations; making them explicit builds the trust that the
 * later stages, learning-focused conversations and joint work, depend on.
 */
export const partnershipBuilding = builtIn({
  id: 'partnership-building',
  kind: 'partnershipBuilding',
  title: 'Partnership stage 1: building the partnership',
  description:
    'The first stage of a learning-focused partnership between a principal and their principal supervisor. We share what each of us brings, learn about the school, and agree how we will work together, so the partnership can grow into learning conversations and joint work on improvement.',
  durationMinutes: 60,
  fields: [
    field('principalBrings', 'What the principal brings and hopes to learn', 'longText'),
    field('supervisorBrings', 'What the supervisor brings and how they will support', 'longText'),
    field('schoolPriorities', 'School priorities', 'list'),
    field('agreements', 'Working agreements', 'list', {
      required: true,
      help: 'How we communicate, give feedback, handle disagreement and keep confidences.',
    }),
    field('rhythm', 'Meeting and visit rhythm', 'text', { default: 'Every two weeks, alternating a meeting and a school visit' }),
  ],
  sections: [
    section(
      'Getting to know each other',
      15,
      ['Each partner shares their path into leadership, their strengths, and what they bring to this partnership.'],
      ['principalBrings', 'supervisorBrings'],
    ),
    section('The school and its priorities', 15, ['The principal describes the school, its current instructional focus and what keeps them up at night.'], ['schoolPriorities']),
    section(
      'How we will work together',
      20,
      [
        'How will we communicate, give each other feedback and handle disagreement?',
        'What stays between us, and what is shared with the district?',
        'What should the principal be learning about instructional leadership this year?',
      ],
      ['agreements'],
    ),
    section('Our rhythm', 10, ['Set the rhythm of meetings and school visits and put the next one in the calendar.'], ['rhythm']),
  ],
});
