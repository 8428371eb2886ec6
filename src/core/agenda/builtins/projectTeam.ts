import { builtIn, field, section } from './define.js';

/**
 * Principals from several schools building one shared product, such as a common assessment or a refinement
 * of the district framework: a shared goal that aligns effort instead of each school chasing its own.
 */
export const projectTeam = builtIn({
  id: 'project-team',
  kind: 'projectTeam',
  title: 'Cross-school project team',
  description:
    'A working session of principals from several schools on one shared product. Working on it together keeps our schools aligned and the work coherent, rather than one more initiative for each school to carry alone.',
  durationMinutes: 60,
  fields: [
    field('projectGoal', 'Project goal', 'text', { required: true }),
    field('deliverable', 'Shared product', 'text', { help: 'For example a common assessment or a section of the district framework.' }),
    field('milestoneDate', 'Next milestone', 'date'),
    field('workspace', 'Shared workspace', 'url'),
    field('decisions', 'Decisions needed today', 'list'),
    field('owners', 'Who does what by when', 'list'),
  ],
  sections: [
    section(
      'Purpose and progress',
      10,
      ['Restate the shared goal and how it serves students across our schools.', 'A quick report against the last milestone.'],
      ['projectGoal', 'deliverable', 'milestoneDate'],
    ),
    section(
      'Work session',
      35,
      ['Build the product together in the room, not in separate drafts.', 'Where schools do things differently, decide what stays common and what each school adapts.'],
      ['workspace'],
    ),
    section('Decisions', 10, ['Settle the open questions; note who was consulted.'], ['decisions']),
    section('Next steps', 5, ['Name owners and dates before we leave.'], ['owners']),
  ],
});
