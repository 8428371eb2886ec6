import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { exampleText, problemAt, type PathSegment, type SourceLocator, type TemplateProblem } from './problems.js';
import { TEMPLATE_FILE_SCHEMA } from './schema.js';

interface AnnotatedSchema {
  readonly description?: string;
  readonly examples?: readonly unknown[];
  readonly properties?: Readonly<Record<string, AnnotatedSchema>>;
}

let compiled: ValidateFunction | undefined;

/** Compiled on first use: code that only renders agendas never pays for the schema compiler. */
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(TEMPLATE_FILE_SCHEMA);
  return compiled;
}

/** `/sections/2/minutes` → `['sections', 2, 'minutes']` (JSON pointer, with ~1 and ~0 unescaped). */
function segmentsOf(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function exampleOf(schema: AnnotatedSchema | undefined): unknown {
  return schema?.examples?.[0];
}

function toProblem(error: ErrorObject, file: string, locator: SourceLocator): TemplateProblem {
  const at = segmentsOf(error.instancePath);
  const parent = error.parentSchema as AnnotatedSchema | undefined;
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    const schema = parent?.properties?.[missing];
    return problemAt(file, locator, [...at, missing], 'is missing', `add ${exampleText(missing, exampleOf(schema), locator.syntax)}`);
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty);
    const allowed = Object.keys(parent?.properties ?? {}).join(', ');
    return problemAt(file, locator, [...at, extra], 'is not a setting Common Time knows', `check the spelling or remove it; allowed here: ${allowed}`);
  }
  const last = at[at.length - 1];
  const what = parent?.description ?? 'have a different value';
  return problemAt(file, locator, at, `must ${what}`, `write ${exampleText(last, exampleOf(parent), locator.syntax)}`);
}

/**
 * Validates parsed file data against the template schema and returns every problem, one per place: several
 * keywords failing on one value (too short and blank, say) are one mistake to the admin, not several.
 */
export function schemaProblems(data: unknown, file: string, locator: SourceLocator): TemplateProblem[] {
  const validate = validator();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: TemplateProblem[] = [];
  for (const error of validate.errors ?? []) {
    // The branches of an anyOf fail one by one; the anyOf error itself says it once, with the right words.
    if (error.schemaPath.includes('/anyOf/')) continue;
    const problem = toProblem(error, file, locator);
    if (seen.has(problem.path)) continue;
    seen.add(problem.path);
    problems.push(problem);
  }
  return problems;
}
