/**
 * Agenda templates: the model, the built-ins, district template files (parse and merge; reading the folder is
 * src/server/templates), field checking and rendering an invite body. Pure: no I/O, no clock.
 */
export {
  TEMPLATE_KINDS,
  TEMPLATE_KIND_LABELS,
  FIELD_TYPES,
  TEMPLATE_PLACEHOLDERS,
  type TemplateKind,
  type FieldType,
  type FieldValue,
  type TemplateField,
  type TemplateSection,
  type AgendaTemplate,
} from './model.js';
export { BUILT_IN_TEMPLATES } from './builtins/index.js';
export { TEMPLATE_FILE_SCHEMA } from './schema.js';
export { parseTemplateDocument, isTemplateFileName, MAX_TEMPLATE_FILE_CHARS, type ParsedTemplate } from './parseTemplateDocument.js';
export { formatTemplateProblem, type TemplateProblem } from './problems.js';
export { mergeTemplates, type MergedTemplates } from './mergeTemplates.js';
export { resolveFieldValues, type FieldProblem, type ResolvedFields, type ResolvedValue } from './fieldValues.js';
export { renderAgenda, AgendaInputError, type RenderedAgenda } from './renderAgenda.js';
export { PROTECTED_LEAD, type AgendaContext } from './agendaDocument.js';
export { sanitizeAgendaHtml } from './sanitizeAgendaHtml.js';
export { findTemplate, templatesOfKind } from './findTemplate.js';
export { agendaFieldValue, presentsAt } from './readBack.js';
