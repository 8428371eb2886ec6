import { FIELD_TYPES, TEMPLATE_KINDS } from './model.js';

/**
 * JSON Schema (draft 2020-12 subset that Ajv understands) for one district template file, whatever its format.
 * Each property's `description` completes the sentence "<path> must …" and its first `examples` entry is the
 * value shown in the fix, so an error reads "sections[2].minutes must be … — write minutes: 15".
 * Unknown properties are rejected, so a typo such as `minuts` is reported instead of silently ignored.
 */

const text = (max: number, example: string, what = 'text') => ({
  type: 'string',
  minLength: 1,
  maxLength: max,
  pattern: '\\S',
  description: `be ${what} of 1 to ${max} characters`,
  examples: [example],
});

const minutes = (max: number, example: number) => ({
  type: 'integer',
  minimum: 1,
  maximum: max,
  description: `be a positive whole number of minutes, at most ${max}`,
  examples: [example],
});

const fieldValue = {
  description: 'be text, or a list of texts for a list field',
  examples: ['Start and end on time'],
  anyOf: [
    { type: 'string', maxLength: 20000 },
    { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 1000 } },
  ],
};

const fieldSchema = {
  type: 'object',
  description: 'be a field with an id, a label and a type',
  examples: [{ id: 'focusQuestion', label: 'Focus question', type: 'text' }],
  required: ['id', 'label', 'type'],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9]{0,39}$',
      description: 'be a name of letters and digits that starts with a letter (at most 40)',
      examples: ['focusQuestion'],
    },
    label: text(120, 'Focus question'),
    type: { enum: [...FIELD_TYPES], description: `be one of ${FIELD_TYPES.join(', ')}`, examples: ['text'] },
    required: { type: 'boolean', description: 'be true or false', examples: [true] },
    help: text(500, 'What visitors watch for in each classroom.'),
    default: fieldValue,
  },
} as const;

const sectionSchema = {
  type: 'object',
  description: 'be a section with a heading and minutes',
  examples: [{ heading: 'Debrief', minutes: 15 }],
  required: ['heading', 'minutes'],
  additionalProperties: false,
  properties: {
    heading: text(120, 'Debrief'),
    minutes: minutes(480, 15),
    prompts: {
      type: 'array',
      maxItems: 30,
      items: text(1000, 'What did we notice?', 'a prompt'),
      description: 'be a list of prompts (at most 30)',
      examples: [['What did we notice?']],
    },
    fields: {
      type: 'array',
      maxItems: 30,
      items: { type: 'string', description: 'be the id of a field defined under fields', examples: ['focusQuestion'] },
      description: 'be a list of field ids',
      examples: [['focusQuestion']],
    },
  },
} as const;

export const TEMPLATE_FILE_SCHEMA = {
  $id: 'https://common-time.invalid/schemas/agenda-template.json',
  type: 'object',
  description: 'be one template: an object with id, kind, title, durationMinutes and sections',
  examples: [{ id: 'learning-walk', kind: 'learningWalk', title: 'Learning walk', durationMinutes: 120, sections: [] }],
  required: ['id', 'kind', 'title', 'durationMinutes', 'sections'],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]{1,63}$',
      description: 'be lowercase letters, digits and dashes, starting with a letter (2 to 64 characters)',
      examples: ['learning-walk'],
    },
    kind: { enum: [...TEMPLATE_KINDS], description: `be one of ${TEMPLATE_KINDS.join(', ')}`, examples: ['learningWalk'] },
    title: text(120, 'Learning walk'),
    description: {
      type: 'string',
      maxLength: 4000,
      description: 'be text of at most 4000 characters',
      examples: ['We visit a colleague’s school around a focus question.'],
    },
    durationMinutes: minutes(480, 60),
    briefHeading: text(120, 'Visit brief'),
    fields: {
      type: 'array',
      maxItems: 40,
      items: fieldSchema,
      description: 'be a list of fields (at most 40)',
      examples: [[{ id: 'focusQuestion', label: 'Focus question', type: 'text' }]],
    },
    sections: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: sectionSchema,
      description: 'be a list of 1 to 20 sections',
      examples: [[{ heading: 'Debrief', minutes: 15 }]],
    },
  },
} as const;
