/**
 * The agenda template model. A template is plain data: the same shape comes from the built-ins and from a
 * district's files, so booking, the UI and the renderer never need to know where a template came from.
 */

export const TEMPLATE_KINDS = [
  'cohortMeeting',
  'learningWalk',
  'peerCoaching',
  'dataDig',
  'projectTeam',
  'celebration',
  'partnershipBuilding',
  'partnershipLearningConversation',
  'partnershipJointWork',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Words a principal reads in an invite; the ids above stay in code, in Graph categories and in files. */
export const TEMPLATE_KIND_LABELS: Readonly<Record<TemplateKind, string>> = {
  cohortMeeting: 'Cohort meeting',
  learningWalk: 'Learning walk',
  peerCoaching: 'Peer coaching',
  dataDig: 'Data dig',
  projectTeam: 'Cross-school project team',
  celebration: 'Celebration of wins',
  partnershipBuilding: 'Partnership: building the partnership',
  partnershipLearningConversation: 'Partnership: learning-focused conversation',
  partnershipJointWork: 'Partnership: joint work on improvement',
};

export const FIELD_TYPES = ['text', 'longText', 'list', 'url', 'date'] as const;
/**
 * text: one line. longText: paragraphs (plain text, blank line between paragraphs). list: items, one per
 * entry. url: an http(s) or mailto address. date: a calendar date written YYYY-MM-DD.
 */
export type FieldType = (typeof FIELD_TYPES)[number];

/** What a caller passes for one field: a list takes an array (or one item per line); the rest take a string. */
export type FieldValue = string | readonly string[];

export interface TemplateField {
  /** Names the field in code, in files and in section `fields`; letters and digits, starting with a letter. */
  readonly id: string;
  readonly label: string;
  readonly type: FieldType;
  readonly required: boolean;
  /** Shown next to the input in the UI; never rendered into the invite. */
  readonly help?: string;
  /** Used when the caller leaves the field empty; a list default is an array. */
  readonly default?: FieldValue;
}

export interface TemplateSection {
  readonly heading: string;
  /** Suggested minutes for this part of the session. */
  readonly minutes: number;
  /** Questions and moves for the group, in order. */
  readonly prompts: readonly string[];
  /** Ids of the fields whose values appear under this section, in order. */
  readonly fields: readonly string[];
}

export interface AgendaTemplate {
  /** Unique across built-ins and district files; a district file with a built-in's id replaces it. */
  readonly id: string;
  readonly kind: TemplateKind;
  readonly title: string;
  readonly description: string;
  /** Suggested length of the whole session; the sections' minutes never add up to more. */
  readonly durationMinutes: number;
  /**
   * Heading for the fields that belong to no section (the learning walk's visit brief, for instance);
   * rendered before the timed agenda.
   */
  readonly briefHeading: string;
  readonly fields: readonly TemplateField[];
  readonly sections: readonly TemplateSection[];
  /** 'built-in' or the district file the template came from, so an admin can trace what is in use. */
  readonly source: string;
}

/**
 * Values a district text may refer to as `{{name}}` in a description, heading or prompt, with the words used
 * when the booking does not know the value yet. Only these: user-typed field values are never expanded, so a
 * value containing `{{...}}` stays literal text.
 */
export const TEMPLATE_PLACEHOLDERS = {
  hostSchool: 'the host school',
  coachName: 'the coach',
  location: 'the meeting place',
  title: 'this session',
} as const;
export type PlaceholderName = keyof typeof TEMPLATE_PLACEHOLDERS;
