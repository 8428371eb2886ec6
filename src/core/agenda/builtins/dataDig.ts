import { builtIn, field, section } from './define.js';

/** Student data as a regular part of principals' work together: observe first, then infer, then act. */
export const dataDig = builtIn({
  id: 'data-dig',
  kind: 'dataDig',
  title: 'Data dig',
  description:
    'Principals look at one set of student data together: trends across our schools, wins worth sharing and gaps that persist. We describe before we explain, and we leave with actions.',
  durationMinutes: 60,
  fields: [
    field('dataSet', 'Data set', 'text', { required: true, help: 'What it is, where it comes from and how recent it is.' }),
    field('dataLink', 'Link to the data', 'url'),
    field('guidingQuestion', 'Guiding question', 'text'),
    field('observations', 'Observations', 'list'),
    field('inferences', 'Inferences', 'list'),
    field('actions', 'Actions', 'list'),
  ],
  sections: [
    section('The data and our question', 5, ['Name the data set, its source and date, and the question we bring to it.'], ['dataSet', 'dataLink', 'guidingQuestion']),
    section(
      'Observations',
      15,
      ['Only what the data shows: "I notice that…". No explanations yet.', 'Look for trends across schools, wins to share and gaps that persist.'],
      ['observations'],
    ),
    section('Inferences', 20, ['What might explain what we see? Offer more than one explanation.', 'What other evidence would confirm or challenge each one?'], ['inferences']),
    section(
      'Actions',
      20,
      ['Each principal chooses one action for their school and says how the group can help.', 'Agree which data we bring back next time to see whether it worked.'],
      ['actions'],
    ),
  ],
});
