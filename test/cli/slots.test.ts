import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSlots } from '../../src/cli/slots.js';

const dir = mkdtempSync(join(tmpdir(), 'common-time-slots-'));
const microsoftExample = join(dir, 'getSchedule.response.json');
// Microsoft's documented response (copied from the Graph docs, see its `source`): the file holds
// {source, commit, …, body}; the command takes the body, as Graph returns it.
const documented = JSON.parse(readFileSync('test/cli/fixtures/getSchedule.response.json', 'utf8')) as { body: unknown };
writeFileSync(microsoftExample, JSON.stringify(documented.body));
const demo = 'examples/demo-schedules.json';

async function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runSlots(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}

const microsoftDay = ['--schedules', microsoftExample, '--start', '2019-03-15T09:00', '--end', '2019-03-15T18:00', '--time-zone', 'Pacific Standard Time', '--duration', '60'];
const demoWeek = ['--schedules', demo, '--start', '2026-12-07T00:00', '--end', '2026-12-12T00:00', '--time-zone', 'America/New_York', '--duration', '60'];

describe("common-time slots on Microsoft's getSchedule example", () => {
  it("returns the hours a person reads off the example: both free outside the 12–2 lunch and Megan's 8:30 and 4:00 items", async () => {
    const { code, stdout, stderr } = await run([...microsoftDay, '--sort', 'start']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { slots } = JSON.parse(stdout) as { slots: { start: string; end: string; available: string[]; reasons: string[] }[] };
    expect(slots.map((s) => s.start)).toEqual([
      '2019-03-15T09:30:00-07:00',
      '2019-03-15T10:00:00-07:00',
      '2019-03-15T10:30:00-07:00',
      '2019-03-15T11:00:00-07:00',
      '2019-03-15T14:00:00-07:00',
      '2019-03-15T14:30:00-07:00',
      '2019-03-15T15:00:00-07:00',
    ]);
    expect(slots[0]!.end).toBe('2019-03-15T10:30:00-07:00');
    expect(slots[0]!.available).toEqual(['adelev@contoso.onmicrosoft.com', 'meganb@contoso.onmicrosoft.com']);
    expect(slots[0]!.reasons).toEqual(['all 2 free']);
  });

  it('counts tentative items as free with --tentative free', async () => {
    const { stdout } = await run([...microsoftDay, '--sort', 'start', '--tentative', 'free']);
    const starts = (JSON.parse(stdout) as { slots: { start: string }[] }).slots.map((s) => s.start);
    expect(starts).toContain('2019-03-15T16:00:00-07:00');
    expect(starts).not.toContain('2019-03-15T17:00:00-07:00'); // 17:00–18:00 is after both working days end
  });

  it('lists 5:00 PM with --ignore-working-hours', async () => {
    const { stdout } = await run([...microsoftDay, '--sort', 'start', '--tentative', 'free', '--ignore-working-hours']);
    expect((JSON.parse(stdout) as { slots: { start: string }[] }).slots.map((s) => s.start)).toContain('2019-03-15T17:00:00-07:00');
  });

  it('names who is missing and why with --min-available', async () => {
    const { stdout } = await run([...microsoftDay, '--sort', 'start', '--min-available', '1']);
    const slots = (JSON.parse(stdout) as { slots: { start: string; unavailable: { id: string; reason: string }[]; reasons: string[] }[] }).slots;
    const nine = slots.find((s) => s.start === '2019-03-15T09:00:00-07:00')!;
    expect(nine.unavailable).toEqual([{ id: 'meganb@contoso.onmicrosoft.com', reason: 'busy' }]);
    expect(nine.reasons[0]).toBe('1 of 2 free: one is busy (meganb@contoso.onmicrosoft.com)');
  });
});

describe('common-time slots on the demo week', () => {
  it('finds the one hour all six principals share across Eastern and Central time', async () => {
    const { code, stdout } = await run(demoWeek);
    expect(code).toBe(0);
    const { slots } = JSON.parse(stdout) as { slots: { start: string; end: string }[] };
    expect(slots).toEqual([expect.objectContaining({ start: '2026-12-09T12:00:00-05:00', end: '2026-12-09T13:00:00-05:00' })]);
  });

  it('prints a readable table with reasons', async () => {
    const { code, stdout } = await run([...demoWeek, '--format', 'table', '--min-available', '5', '--max', '3']);
    expect(code).toBe(0);
    expect(stdout).toContain('8 slots of 60 minutes for 6 people, best 3 of 8 shown:');
    expect(stdout).toContain('Wed Dec 9, 2026  12:00 PM – 1:00 PM');
    expect(stdout).toContain('5 of 6 free: one is out of office (aisha.brown@northfield.k12.example)');
  });

  it('exits 0 with an empty list and the closest times when nothing fits', async () => {
    const { code, stdout } = await run([...demoWeek.slice(0, -1), '90']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { slots: unknown[]; partial: { reasons: string[] }[] };
    expect(out.slots).toEqual([]);
    expect(out.partial[0]!.reasons[0]).toBe('5 of 6 free: one is out of office (aisha.brown@northfield.k12.example)');
  });

  it('keeps only slots a --required person can make, in any letter case', async () => {
    const { stdout } = await run([...demoWeek, '--min-available', '4', '--required', 'Aisha.Brown@northfield.k12.example']);
    const slots = (JSON.parse(stdout) as { slots: { available: string[] }[] }).slots;
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) expect(s.available).toContain('aisha.brown@northfield.k12.example');
  });
});

describe('common-time slots across a daylight-saving change', () => {
  it('keeps 08:00–16:00 local working hours on both sides of the spring-forward weekend', async () => {
    const hours = (timeZone: unknown) => ({
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:00:00.0000000',
      endTime: '16:00:00.0000000',
      timeZone,
    });
    const body = {
      value: [
        { scheduleId: 'east@x.example', scheduleItems: [], workingHours: hours({ name: 'Eastern Standard Time' }) },
        { scheduleId: 'west@x.example', scheduleItems: [], workingHours: hours({ name: 'Pacific Standard Time' }) },
      ],
    };
    const { code, stdout } = await run(
      ['--schedules', '-', '--start', '2026-03-06T00:00', '--end', '2026-03-10T00:00', '--time-zone', 'America/New_York', '--duration', '60', '--sort', 'start'],
      JSON.stringify(body),
    );
    expect(code).toBe(0);
    const starts = (JSON.parse(stdout) as { slots: { start: string }[] }).slots.map((s) => s.start);
    // Overlap of 08:00–16:00 Eastern and 08:00–16:00 Pacific is 11:00–16:00 Eastern on both Friday and Monday.
    expect(starts).toEqual([
      '2026-03-06T11:00:00-05:00',
      '2026-03-06T11:30:00-05:00',
      '2026-03-06T12:00:00-05:00',
      '2026-03-06T12:30:00-05:00',
      '2026-03-06T13:00:00-05:00',
      '2026-03-06T13:30:00-05:00',
      '2026-03-06T14:00:00-05:00',
      '2026-03-06T14:30:00-05:00',
      '2026-03-06T15:00:00-05:00',
      '2026-03-09T11:00:00-04:00',
      '2026-03-09T11:30:00-04:00',
      '2026-03-09T12:00:00-04:00',
      '2026-03-09T12:30:00-04:00',
      '2026-03-09T13:00:00-04:00',
      '2026-03-09T13:30:00-04:00',
      '2026-03-09T14:00:00-04:00',
      '2026-03-09T14:30:00-04:00',
      '2026-03-09T15:00:00-04:00',
    ]);
  });
});

describe('common-time slots with bad input', () => {
  const base = ['--start', '2019-03-15T09:00', '--end', '2019-03-15T18:00', '--time-zone', 'UTC', '--duration', '60'];
  const notJson = join(dir, 'not.json');
  writeFileSync(notJson, '{"value": [');

  it.each([
    ['unknown zone', ['--schedules', microsoftExample, ...base.slice(0, 4), '--time-zone', 'Mars/Olympus', '--duration', '60'], '--time-zone: unknown time zone "Mars/Olympus"'],
    [
      'end before start',
      ['--schedules', microsoftExample, '--start', '2019-03-15T18:00', '--end', '2019-03-15T09:00', '--time-zone', 'UTC', '--duration', '60'],
      '--end: 2019-03-15T09:00 is not after --start',
    ],
    ['zero duration', ['--schedules', microsoftExample, ...base.slice(0, -1), '0'], '--duration: expected a whole number of minutes greater than 0'],
    ['negative duration', ['--schedules', microsoftExample, ...base.slice(0, -1), '-5'], '--duration'],
    ['duration longer than the window', ['--schedules', microsoftExample, ...base.slice(0, -1), '600'], '--duration: 600 minutes is longer than the window'],
    ['malformed JSON', ['--schedules', notJson, ...base], '--schedules: body: is not valid JSON'],
    ['missing file', ['--schedules', join(dir, 'missing.json'), ...base], '--schedules: cannot read'],
    ['unknown flag', ['--schedules', microsoftExample, ...base, '--colour', 'blue'], "Unknown option '--colour'"],
    [
      'required id not in the schedules',
      ['--schedules', microsoftExample, ...base, '--required', 'nobody@contoso.onmicrosoft.com'],
      '--required: "nobody@contoso.onmicrosoft.com" is not among the schedules',
    ],
    ['min-available above the head count', ['--schedules', microsoftExample, ...base, '--min-available', '3'], '--min-available: 3 is more than the 2 people'],
    ['unknown sort', ['--schedules', microsoftExample, ...base, '--sort', 'best'], '--sort: expected rank or start'],
    ['missing --start', ['--schedules', microsoftExample, ...base.slice(2)], '--start is required'],
    ['unreadable --start', ['--schedules', microsoftExample, '--start', 'next monday', ...base.slice(2)], '--start: expected a date and time'],
  ])('rejects %s with one line naming the flag', async (_label, args, message) => {
    const { code, stdout, stderr } = await run(args as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names the JSON path of a malformed Graph field', async () => {
    const body = {
      value: [{ scheduleId: 'a@x', scheduleItems: [{ status: 'busy', start: { dateTime: 'soon', timeZone: 'UTC' }, end: { dateTime: '2019-03-15T10:00:00', timeZone: 'UTC' } }] }],
    };
    const { code, stderr } = await run(['--schedules', '-', ...base], JSON.stringify(body));
    expect(code).toBe(2);
    expect(stderr).toContain('--schedules: value[0].scheduleItems[0].start.dateTime');
  });

  it('prints help and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--schedules FILE|-');
  });
});

describe('the common-time command as a process', () => {
  const script = "const m = await import('./src/cli/main.ts'); process.exitCode = await m.main(process.argv.slice(1));";
  const spawn = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, 'slots', ...args], { input, encoding: 'utf8' });

  it('reads the schedules from standard input with - and writes json to stdout', () => {
    const input = readFileSync(microsoftExample, 'utf8');
    const result = spawn(
      microsoftDay.map((a) => (a === microsoftExample ? '-' : a)),
      input,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { slots: unknown[] }).slots).toHaveLength(7);
  });

  it('exits non-zero with a one-line message and no stack trace for malformed JSON', () => {
    const result = spawn(
      microsoftDay.map((a) => (a === microsoftExample ? '-' : a)),
      '{"value":',
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('common-time slots: --schedules: body: is not valid JSON')]);
  });
});

describe('common-time slots: the window getSchedule can answer, and files from Windows editors', () => {
  const window = (start: string, end: string) => ['--schedules', demo, '--start', start, '--end', end, '--time-zone', 'America/New_York', '--duration', '60'];

  it('refuses a window of 62 days or more in one line naming --end and the latest end that works (exit 2)', async () => {
    const { code, stdout, stderr } = await run(window('2026-11-02T00:00', '2027-01-03T00:00'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      "common-time slots: --end: the window from --start 2026-11-02T00:00 to --end 2027-01-03T00:00 is 62 days, but Graph's getSchedule answers less than 62 days per request; use --end 2027-01-02T00:00 or earlier, and run once more for the rest.",
    ]);
  });

  it('accepts 61 days, across the November DST change', async () => {
    const { code, stderr } = await run(window('2026-11-02T00:00', '2027-01-02T00:00'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('reads a schedules file that starts with a UTF-8 byte order mark, from a file and from standard input', async () => {
    const withBom = join(dir, 'bom.json');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(microsoftExample)]));
    const plain = await run(microsoftDay);
    const fromFile = await run(microsoftDay.map((a) => (a === microsoftExample ? withBom : a)));
    expect(fromFile.stderr).toBe('');
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(plain.stdout);
    const fromStdin = await run(
      microsoftDay.map((a) => (a === microsoftExample ? '-' : a)),
      `\uFEFF${readFileSync(microsoftExample, 'utf8')}`,
    );
    expect(fromStdin.stdout).toBe(plain.stdout);
  });
});
