// `npm run test:dates [-- DATE ...] [-- --suites a.test.ts,b.test.ts]`: runs the suites whose outcome
// depends on "today" once per date, with COMMON_TIME_TODAY set, so the demo tenant, the app server and the
// tab all live on that date. Without dates it runs the spread below: weekdays and weekends, both sides of
// each US daylight-saving change, Thanksgiving, the winter break, the ends of a month and of a year, and
// the summer, and two runs that cross midnight. Prints one line per date and suite, then 'N passed, N failed'. Needs a fresh `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Why each date is here; the suite must pass on every one. */
export const SPREAD = [
  ['2027-02-01', 'a Monday in term'],
  ['2026-12-04', 'a Friday'],
  ['2026-12-05', 'a Saturday'],
  ['2027-01-10', 'a Sunday'],
  ['2026-10-28', 'the week before the November DST change (Sun 2026-11-01)'],
  ['2026-11-04', 'the week after the November DST change'],
  ['2027-03-10', 'the week before the March DST change (Sun 2027-03-14), in spring break'],
  ['2027-03-16', 'the week after the March DST change'],
  ['2026-11-24', 'Thanksgiving week'],
  ['2026-12-23', 'the winter break'],
  ['2027-04-30', 'the last day of a month'],
  ['2026-12-31', 'the last day of a year'],
  ['2027-07-14', 'the summer'],
  ['2027-03-13T23:58', 'two minutes before midnight into the March DST change: the date turns mid-run'],
  ['2026-12-31T23:59', 'a minute before the new year: the date and the year turn mid-run'],
];

const DEFAULT_SUITES = ['test/browser/coach.test.ts', 'test/browser/walks.test.ts', 'test/browser/principal.test.ts', 'test/browser/findTime.logic.test.ts', 'test/graph/'];

const args = process.argv.slice(2);
const suitesArg = args.find((a) => a.startsWith('--suites='));
const suites = suitesArg ? suitesArg.slice('--suites='.length).split(',').filter(Boolean) : DEFAULT_SUITES;
const picked = args.filter((a) => !a.startsWith('--'));
for (const d of picked) {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(d)) {
    console.error(`test:dates: "${d}" is not a date: give dates as YYYY-MM-DD, e.g. npm run test:dates -- 2027-03-16`);
    process.exit(2);
  }
}
const dates = picked.length > 0 ? picked.map((d) => [d, 'given']) : SPREAD;

if (!existsSync(join(root, 'dist', 'app', 'app', 'index.html'))) {
  console.error('test:dates: dist/app is missing: run `npm run build` first.');
  process.exit(2);
}

let passed = 0;
let failed = 0;
const failures = [];
for (const [date, why] of dates) {
  for (const suite of suites) {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--maxWorkers=1', suite], {
      cwd: root,
      env: { ...process.env, COMMON_TIME_TODAY: date },
      encoding: 'utf8',
    });
    const output = `${run.stdout}\n${run.stderr}`;
    const counts = /Tests:\s+(?:(\d+) failed, )?(?:\d+ skipped, )?(\d+) passed/.exec(output);
    const ok = run.status === 0;
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `${ok ? 'PASS' : 'FAIL'} ${date} (${why}) ${suite}: ${counts ? `${counts[2]} passed${counts[1] ? `, ${counts[1]} failed` : ''}` : 'no test summary'} in ${seconds}s`,
    );
    if (ok) passed++;
    else {
      failed++;
      const names = output
        .split('\n')
        .filter((l) => /^\s+● /.test(l))
        .map((l) => l.trim());
      failures.push({ date, suite, names: names.length > 0 ? names : [output.trim().split('\n').slice(-5).join(' | ')] });
      const log = join(tmpdir(), `test-dates-${date.replace(':', '')}-${suite.replace(/\W+/g, '_')}.log`);
      writeFileSync(log, output);
      for (const n of failures.at(-1).names) console.log(`     ${n}`);
      console.log(`     full output: ${log}`);
    }
  }
}
console.log(`\ntest:dates ${dates.length} dates x ${suites.length} suites`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
