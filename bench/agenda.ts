/**
 * Agenda rendering and template parsing, in one process: `npx tsx bench/agenda.ts`.
 *
 * Render: every built-in with a value in every field, as booking does for each invite. The baseline is the same
 * render without the final sanitize-html pass (escaping only), so the ratio is the price of the second line of
 * defence. Hostile: the same with a 55-vector XSS payload list in every field. Parse: the example district files.
 * The machine's cores are shared: the minimum over repetitions is the figure, the median shows the noise.
 */
import { readFileSync } from 'node:fs';
import { buildAgendaDocument } from '../src/core/agenda/agendaDocument.js';
import { resolveFieldValues } from '../src/core/agenda/fieldValues.js';
import { BUILT_IN_TEMPLATES, parseTemplateDocument, renderAgenda, type AgendaTemplate } from '../src/core/agenda/index.js';
import { renderBlocksHtml } from '../src/core/agenda/renderHtml.js';
import { sampleValues } from '../test/core/agenda/support/sampleValues.js';
import { XSS_VECTORS } from '../test/core/agenda/support/xssVectors.js';

const CONTEXT = { start: 'Tue 4 March 2026, 9:00 AM', end: '11:00 AM', hostSchool: 'Lincoln Elementary', coachName: 'Dana Reyes', attendees: ['Ana Ruiz', 'Ben Cole', 'Chen Li'] };

function measure(label: string, reps: number, run: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) run();
    times.push((performance.now() - t0) / reps);
  }
  times.sort((a, b) => a - b);
  const min = times[0] ?? 0;
  console.log(`${label.padEnd(52)} min ${(min * 1000).toFixed(0).padStart(6)} µs   median ${((times[3] ?? 0) * 1000).toFixed(0).padStart(6)} µs`);
  return min;
}

const hostile = (template: AgendaTemplate) =>
  Object.fromEntries(
    template.fields
      .filter((f) => f.type !== 'url' && f.type !== 'date')
      .map((f) => [f.id, f.type === 'list' ? XSS_VECTORS : f.type === 'longText' ? XSS_VECTORS.join('\n') : XSS_VECTORS.join(' ').slice(0, 1000)]),
  );

function renderAll(values: (t: AgendaTemplate) => Record<string, unknown>) {
  for (const template of BUILT_IN_TEMPLATES) renderAgenda(template, { ...sampleValues(template), ...values(template) }, CONTEXT);
}

function escapeOnlyAll() {
  for (const template of BUILT_IN_TEMPLATES) {
    const { values } = resolveFieldValues(template, sampleValues(template));
    renderBlocksHtml(buildAgendaDocument(template, values, CONTEXT));
  }
}

console.log(`Rendering all ${BUILT_IN_TEMPLATES.length} built-ins (time per set of ${BUILT_IN_TEMPLATES.length} invites)`);
const baseline = measure('escape only (baseline)', 50, escapeOnlyAll);
const full = measure('renderAgenda (escape + sanitize-html)', 50, () => renderAll(() => ({})));
const attacked = measure(`renderAgenda, ${XSS_VECTORS.length} XSS vectors in every field`, 5, () => renderAll(hostile));
console.log(`ratio full / baseline ${(full / baseline).toFixed(1)}×, hostile / full ${(attacked / full).toFixed(1)}×`);

console.log('\nParsing the example district files (time per file)');
for (const name of ['learning-walk.yaml', 'common-assessment-team.json', 'new-principal-cohort.md']) {
  const text = readFileSync(new URL(`../templates/${name}`, import.meta.url), 'utf8');
  if (!parseTemplateDocument(name, text).ok) throw new Error(`${name} does not parse`);
  measure(`parseTemplateDocument ${name}`, 100, () => parseTemplateDocument(name, text));
}
