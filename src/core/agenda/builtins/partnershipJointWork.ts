import { builtIn, field, section } from './define.js';

/**
 * Stage three of the principal / principal-supervisor partnership: supervisor and principal do improvement
 * work side by side at the school, the stage the study links to lasting change in leadership practice.
 */
export const partnershipJointWork = builtIn({
  id: 'partnership-joint-work',
  kind: 'partnershipJointWork',
  title: 'Partnership stage 3: joint work on improvement',
  description:
    'The principal and their principal supervisor work side by side on one improvement at the school: observing classrooms together, co-leading a data meeting or co-planning professional learning, then reflecting on what changed in the principal’s practice.',
  durationMinutes: 90,
  fields: [
    field('improvementGoal', 'Improvement goal', 'text', { required: true }),
    field('jointActivity', 'What we will do together', 'text', {
      required: true,
      help: 'For example observe classrooms together, co-lead a data meeting, co-plan professional learning.',
    }),
    field('roles', 'Who does what', 'list'),
    field('evidenceOfChange', 'Evidence of change in practice', 'longText'),
  ],
  sections: [
    section('Plan the joint work', 15, ['Restate the improvement goal and agree each partner’s role for today.'], ['improvementGoal', 'jointActivity', 'roles']),
    section('Do the work together', 50, ['Work side by side at the school; the supervisor models or supports, the principal leads.']),
    section('Reflect', 15, ['What changed in the principal’s instructional leadership, and what evidence shows it?'], ['evidenceOfChange']),
    section('Next cycle', 10, ['Choose the next piece of joint work and when it happens.']),
  ],
});
