/**
 * Issue 3: "Bad input ... is rejected with an error that names the field. Never a stack trace, never a
 * silently wrong answer", and "non-zero with a clear message for bad input". Every kind of bad input the
 * issue lists, and the malformed Graph shapes a real file can hold, fed to the installed command.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runSlots } from '../../src/cli/slots.js';
import { buildCommand, runCommand, ROOT, type RunResult } from './support/commonTime.js';

beforeAll(() => buildCommand(), 60_000);

const microsoft = JSON.stringify(JSON.parse(readFileSync(`${ROOT}/test/cli/fixtures/getSchedule.response.json`, 'utf8')).body);
const day = ['--start', '2019-03-15T08:00', '--end', '2019-03-15T18:00', '--time-zone', 'America/Los_Angeles', '--duration', '60'];
/** The flags of `day` with one replaced. */
const withFlag = (flag: string, value: string) => {
  const out = [...day];
  out[out.indexOf(flag) + 1] = value;
  return out;
};
const item = (patch: Record<string, unknown>) => ({
  status: 'busy',
  start: { dateTime: '2019-03-15T09:00:00.0000000', timeZone: 'UTC' },
  end: { dateTime: '2019-03-15T10:00:00.0000000', timeZone: 'UTC' },
  ...patch,
});
const hours = (patch: Record<string, unknown>) => ({
  daysOfWeek: ['friday'],
  startTime: '08:00:00.0000000',
  endTime: '17:00:00.0000000',
  timeZone: { name: 'Pacific Standard Time' },
  ...patch,
});
const schedule = (patch: Record<string, unknown>) => JSON.stringify({ value: [{ scheduleId: 'a@contoso.example', scheduleItems: [], ...patch }] });

/** [what is wrong, flags, standard input, text the one-line message must contain (the field, and the fix where given)] */
const CASES: [string, string[], string, string[]][] = [
  ['unknown IANA zone', withFlag('--time-zone', 'Mars/Olympus'), microsoft, ['--time-zone', 'Mars/Olympus']],
  ['misspelt Windows zone', withFlag('--time-zone', 'Pacific Standard Tme'), microsoft, ['--time-zone', 'Pacific Standard Tme']],
  ['end before start', withFlag('--end', '2019-03-15T07:00'), microsoft, ['--end']],
  ['end equal to start', withFlag('--end', '2019-03-15T08:00'), microsoft, ['--end']],
  ['zero duration', withFlag('--duration', '0'), microsoft, ['--duration', 'greater than 0']],
  ['negative duration', withFlag('--duration', '-30'), microsoft, ['--duration', 'greater than 0', '-30']],
  ['fractional duration', withFlag('--duration', '1.5'), microsoft, ['--duration']],
  ['duration longer than the window', withFlag('--duration', '601'), microsoft, ['--duration', 'longer than the window']],
  ['zero step', [...day, '--step', '0'], microsoft, ['--step']],
  ['negative step', [...day, '--step', '-15'], microsoft, ['--step', 'greater than 0']],
  ['min-available above the head count', [...day, '--min-available', '3'], microsoft, ['--min-available', '3']],
  ['required person not in the file', [...day, '--required', 'nobody@contoso.example'], microsoft, ['--required', 'nobody@contoso.example']],
  ['tentative neither busy nor free', [...day, '--tentative', 'maybe'], microsoft, ['--tentative', 'busy or free']],
  ['unknown sort', [...day, '--sort', 'best'], microsoft, ['--sort']],
  ['unknown format', [...day, '--format', 'xml'], microsoft, ['--format']],
  ['unknown flag', [...day, '--colour', 'blue'], microsoft, ['--colour', '--help']],
  ['unreadable start', withFlag('--start', 'next friday'), microsoft, ['--start']],
  ['impossible date', withFlag('--start', '2019-02-30T08:00'), microsoft, ['--start']],
  ['missing time zone', day.slice(0, 4).concat(day.slice(6)), microsoft, ['--time-zone is required']],
  ['missing schedules file', ['--schedules', '/nonexistent/schedules.json', ...day], '', ['--schedules', '/nonexistent/schedules.json']],
  ['malformed JSON', day, '{"value": [', ['--schedules', 'not valid JSON']],
  ['empty input', day, '', ['--schedules']],
  ['a bare array', day, '[]', ['--schedules']],
  ['value not an array', day, '{"value":{}}', ['--schedules', 'value']],
  ['a schedule that is not an object', day, '{"value":[7]}', ['--schedules', 'value[0]']],
  ['a schedule without scheduleId', day, '{"value":[{"scheduleItems":[]}]}', ['value[0].scheduleId']],
  ['an item without start', day, schedule({ scheduleItems: [item({ start: undefined })] }), ['value[0].scheduleItems[0].start']],
  ['an unknown status', day, schedule({ scheduleItems: [item({ status: 'maybe' })] }), ['value[0].scheduleItems[0].status', 'maybe']],
  [
    'an item in an unknown zone',
    day,
    schedule({ scheduleItems: [item({ end: { dateTime: '2019-03-15T10:00:00', timeZone: 'Atlantis' } })] }),
    ['value[0].scheduleItems[0].end.timeZone', 'Atlantis'],
  ],
  ['an item ending before it starts', day, schedule({ scheduleItems: [item({ end: { dateTime: '2019-03-15T08:00:00', timeZone: 'UTC' } })] }), ['value[0].scheduleItems[0].end']],
  ['an unreadable item time', day, schedule({ scheduleItems: [item({ start: { dateTime: 'soon', timeZone: 'UTC' } })] }), ['value[0].scheduleItems[0].start.dateTime', 'soon']],
  ['a working day that is no day', day, schedule({ workingHours: hours({ daysOfWeek: ['funday'] }) }), ['value[0].workingHours.daysOfWeek[0]', 'funday']],
  ['a working-hours time that is no time', day, schedule({ workingHours: hours({ startTime: '8am' }) }), ['value[0].workingHours.startTime', '8am']],
  ['a working-hours zone Graph would not send', day, schedule({ workingHours: hours({ timeZone: { name: 'Nowhere' } }) }), ['value[0].workingHours.timeZone', 'Nowhere']],
  [
    'a customTimeZone without a usable bias',
    day,
    schedule({ workingHours: hours({ timeZone: { '@odata.type': '#microsoft.graph.customTimeZone', bias: 'x' } }) }),
    ['value[0].workingHours.timeZone.bias'],
  ],
  ['a Graph error body instead of schedules', day, '{"error":{"code":"ErrorAccessDenied","message":"Access is denied."}}', ['--schedules', 'ErrorAccessDenied']],
  [
    'the same person twice',
    day,
    JSON.stringify({
      value: [
        { scheduleId: 'a@x.example', scheduleItems: [] },
        { scheduleId: 'A@x.example', scheduleItems: [] },
      ],
    }),
    ['--schedules', 'a@x.example'],
  ],
];

/** The command's own code in this process (a process per case would cost seconds): same function the bin runs. */
async function runInProcess(args: string[], input: string): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runSlots(args.slice(1), {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => input,
  });
  return { code, stdout, stderr };
}

function problemsOf(results: (RunResult & { label: string; wanted: string[] })[]): string[] {
  return results.flatMap(({ label, wanted, code, stdout, stderr }) => {
    const lines = stderr.trimEnd().split('\n');
    const wrong = [
      code !== 2 && `exit ${code}`,
      stdout !== '' && `stdout ${JSON.stringify(stdout.slice(0, 80))}`,
      lines.length !== 1 && `${lines.length} lines on stderr`,
      !lines[0]!.startsWith('common-time slots: ') && 'no "common-time slots:" prefix',
      /\bat .+:\d+:\d+\)?$/m.test(stderr) && 'a stack trace',
      /internal error/i.test(stderr) && 'an internal error',
      ...wanted.filter((w) => !stderr.includes(w)).map((w) => `no ${JSON.stringify(w)}`),
    ].filter(Boolean);
    return wrong.length > 0 ? [`${label}: ${wrong.join(', ')} -- ${stderr.trim()}`] : [];
  });
}

const argsOf = (flags: string[]) => ['slots', ...(flags.includes('--schedules') ? [] : ['--schedules', '-']), ...flags];

describe('common-time slots refuses bad input with one line naming the field', () => {
  it(`exits 2 with nothing on stdout and one plain line on stderr for each of ${CASES.length} kinds of bad input`, async () => {
    const results = [];
    for (const [label, flags, input, wanted] of CASES) results.push({ label, wanted, ...(await runInProcess(argsOf(flags), input)) });
    expect(problemsOf(results)).toEqual([]);
  });

  it('does the same as a process: the installed command prints no stack trace for bad flags, bad JSON or a bad Graph shape', async () => {
    const picked = CASES.filter(([label]) =>
      ['negative duration', 'unknown IANA zone', 'malformed JSON', 'an item in an unknown zone', 'a Graph error body instead of schedules'].includes(label),
    );
    expect(picked).toHaveLength(5);
    const results = await Promise.all(picked.map(async ([label, flags, input, wanted]) => ({ label, wanted, ...(await runCommand(argsOf(flags), input)) })));
    expect(problemsOf(results)).toEqual([]);
  });
});

describe('common-time slots on a schedule Graph could not read', () => {
  it("never counts it free and reports it as unknown with Graph's reason, in json and in the table", async () => {
    const body = JSON.stringify({
      value: [
        { scheduleId: 'gone@contoso.example', error: { message: 'The mailbox was not found.', responseCode: 'ErrorMailboxNotFound' } },
        { scheduleId: 'here@contoso.example', scheduleItems: [] },
      ],
    });
    const window = ['--start', '2026-12-07T09:00', '--end', '2026-12-07T11:00', '--time-zone', 'UTC', '--duration', '60', '--ignore-working-hours'];
    const everyone = await runCommand(['slots', '--schedules', '-', ...window], body);
    expect(everyone.code).toBe(0);
    const all = JSON.parse(everyone.stdout);
    expect(all.slots).toEqual([]);
    expect(all.partial[0].unavailable).toEqual([{ id: 'gone@contoso.example', reason: 'unknown', detail: 'The mailbox was not found. (ErrorMailboxNotFound)' }]);

    const one = JSON.parse((await runCommand(['slots', '--schedules', '-', ...window, '--min-available', '1'], body)).stdout);
    expect(one.slots).toHaveLength(3);
    for (const slot of one.slots) expect(slot.available).toEqual(['here@contoso.example']);

    const table = await runCommand(['slots', '--schedules', '-', ...window, '--format', 'table'], body);
    expect(table.stdout).toContain('one has a calendar we could not read (gone@contoso.example)');
    expect(table.stdout).toContain('gone@contoso.example: The mailbox was not found. (ErrorMailboxNotFound)');
  });
});
