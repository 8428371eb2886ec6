import { builtIn, field, section } from './define.js';

/**
 * Stage two of the principal / principal-supervisor partnership: conversations about the principal's own
 * instructional leadership, grounded in evidence, where the supervisor asks more than tells.
 */
export const partnershipLearningConversation = builtIn({
  id: 'partnership-learning-conversation',
  kind: 'partnershipLearningConversation',
  title: 'Partnership stage 2: learning-focused conversation',
  description:
    'A conversation between a principal and their principal supervisor about the principal’s instructional leadership. The principal brings evidence from their practice; the supervisor asks questions that help the principal reflect and decide, rather than giving directives.',
  durationMinutes: 60,
  fields: [
    field('focus', 'Instructional leadership focus', 'text', { required: true }),
    field('evidence', 'Evidence from practice', 'longText', {
      help: 'Walkthrough notes, feedback given to teachers, a leadership-team agenda, student work.',
    }),
    field('questions', 'Questions the principal brings', 'list'),
    field('nextSteps', 'Next steps', 'list'),
  ],
  sections: [
    section('Check-in on our agreements', 5, ['Is the partnership working as we agreed? Anything to adjust?']),
    section(
      'Focus and evidence',
      20,
      [
        'The principal describes the focus and walks through the evidence.',
        'The supervisor listens for what the evidence says about the principal’s practice, not only the school’s.',
      ],
      ['focus', 'evidence'],
    ),
    section(
      'Learning conversation',
      25,
      ['The supervisor asks open questions that help the principal reflect; advice comes last, if at all.', 'Name what the principal is learning about their own leadership.'],
      ['questions'],
    ),
    section('Next steps', 10, ['Agree next steps and the evidence to look at next time.'], ['nextSteps']),
  ],
});
