import { builtIn, field, section } from './define.js';

/**
 * Principals visit a colleague's school around a focus question the host chooses. The coach sets the
 * rotation's shared focus; each host adds their school's focus question, classrooms and look-fors when they
 * accept (or later), so those are not asked of the coach at booking. The visit brief (the fields outside any
 * section) tells visitors where to go; the timed part runs pre-brief, visits, debrief and the host's next
 * steps. Travel between schools is planned by booking, not here.
 */
export const learningWalk = builtIn({
  id: 'learning-walk',
  kind: 'learningWalk',
  title: 'Learning walk',
  description:
    'We visit {{hostSchool}} to see teaching and leadership in action around the host’s focus question. Visitors gather evidence, not judgments; the host leaves with noticings, wonderings and next steps, and every visitor takes an idea back to their own school.',
  durationMinutes: 120,
  briefHeading: 'Visit brief for {{hostSchool}}',
  fields: [
    field('address', 'School address', 'text', { required: true }),
    field('arrival', 'Arrival and parking', 'longText', {
      help: 'Where to park, which door to use, where to sign in and who meets visitors.',
    }),
    field('sharedFocus', 'Shared focus of the rotation', 'text', {
      help: 'What the whole cohort is looking at across schools this rotation (set by the coach).',
    }),
    field('classrooms', 'Classrooms to visit', 'list', {
      help: 'Room, teacher and subject, in visiting order. The host adds these when they accept.',
    }),
    field('hostContact', 'Host contact on the day', 'text', { help: 'A name and phone number for late arrivals.' }),
    field('focusQuestion', 'Focus question', 'text', { help: 'The host’s question about their school; the host adds it when they accept.' }),
    field('lookFors', 'Look-fors', 'list', { help: 'What visitors watch and listen for in each classroom; the host adds them when they accept.' }),
    field('hostNextSteps', 'Host’s next steps', 'list', { help: 'Filled in at the end of the walk, or left for the debrief.' }),
  ],
  sections: [
    section(
      'Pre-brief at the host school',
      20,
      [
        'The host shares the school’s context and why this focus question matters now.',
        'Agree on the look-fors and how we record evidence: what we see and hear, not judgments.',
        'Form small groups and confirm the visiting order in the visit brief.',
      ],
      ['sharedFocus', 'focusQuestion', 'lookFors'],
    ),
    section('Classroom visits', 50, [
      'About ten minutes in each classroom: enter quietly, look at student work, listen to student talk.',
      'Write down low-inference evidence tied to the look-fors.',
    ]),
    section('Debrief: noticings and wonderings', 35, [
      'Noticings: evidence we saw or heard, tied to the focus question.',
      'Wonderings: questions the evidence raises ("I wonder what would happen if…").',
      'Look for patterns across classrooms, never verdicts on individual teachers.',
    ]),
    section(
      'The host’s next steps',
      15,
      ['The host names what they heard and one or two next steps for the school.', 'Each visitor names one idea to take back to their own school.'],
      ['hostNextSteps'],
    ),
  ],
});
