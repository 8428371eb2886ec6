/**
 * `common-time sim [--port N] [--data DIR] [--today YYYY-MM-DD] [--allow-origin URL] [--principals N]`: start only the Graph-compatible demo tenant, print where
 * Graph and the demo sign-in live, and stop cleanly on Ctrl+C / SIGTERM.
 */
import { resolve } from 'node:path';
import { parseToday, todayOf, type TodaySetting } from '../sim/clock.js';
import { startSim } from '../sim/server.js';

const USAGE = `Usage: common-time sim [--port N] [--data DIR] [--today YYYY-MM-DD] [--allow-origin URL] [--principals N]

Starts the demo tenant only (a Graph-compatible server with a seeded school district).
  --port N     port on 127.0.0.1 (default 0: any free port)
  --data DIR   folder where the tenant and its signing key are kept between runs
               (default: nothing is kept; the district is seeded fresh in memory)
  --today DATE the demo's date, YYYY-MM-DD (or YYYY-MM-DDTHH:mm, Eastern time): calendars are
               seeded around it and tokens are issued on it; the clock runs on from there
               (default: COMMON_TIME_TODAY if set, else the real date)
  --allow-origin URL
               a web page origin that may call Graph here from a browser, such as a
               development server (repeatable; default none: browsers go through npm start)
  --principals N  seed a district of N principals (schools, coaches, cohorts and a term
               of Common Time history scaled with it) instead of the 24-school demo`;

export interface SimArgs {
  port: number;
  dataDir?: string;
  principals?: number;
  today?: TodaySetting;
  corsOrigins?: string[];
}

/** Parses the options; returns a message naming the bad option instead of throwing. */
export function parseSimArgs(args: string[], env: Readonly<Record<string, string | undefined>> = {}): SimArgs | { error: string } | 'help' {
  const out: SimArgs = { port: 0 };
  const fromEnv = env['COMMON_TIME_TODAY'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const today = parseToday(fromEnv, 'COMMON_TIME_TODAY');
    if ('error' in today) return today;
    out.today = today;
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return 'help';
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = inline ?? args[i + 1];
    if (flag === '--port') {
      if (inline === undefined) i++;
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < 0 || n > 65535) {
        return { error: `--port needs a whole number from 0 to 65535 (got ${value === undefined ? 'nothing' : `"${value}"`}).` };
      }
      out.port = n;
    } else if (flag === '--data') {
      if (inline === undefined) i++;
      if (value === undefined || value === '' || value.startsWith('--')) return { error: '--data needs a folder, for example --data .demo-tenant' };
      out.dataDir = resolve(value);
    } else if (flag === '--principals') {
      if (inline === undefined) i++;
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < 1 || n > 20000) {
        return { error: `--principals needs a whole number from 1 to 20000 (got ${value === undefined ? 'nothing' : `"${value}"`}).` };
      }
      out.principals = n;
    } else if (flag === '--today') {
      if (inline === undefined) i++;
      if (value === undefined || value.startsWith('--')) return { error: '--today needs a date, for example --today 2027-03-08' };
      const today = parseToday(value, '--today');
      if ('error' in today) return today;
      out.today = today;
    } else if (flag === '--allow-origin') {
      if (inline === undefined) i++;
      const origin = value !== undefined && URL.canParse(value) ? new URL(value) : undefined;
      if (!origin || (origin.protocol !== 'http:' && origin.protocol !== 'https:')) {
        return { error: `--allow-origin needs a web origin, for example --allow-origin http://localhost:5173 (got ${value === undefined ? 'nothing' : `"${value}"`}).` };
      }
      out.corsOrigins = [...(out.corsOrigins ?? []), origin.origin];
    } else {
      return { error: `unknown option "${a}".` };
    }
  }
  return out;
}

export async function runSim(args: string[]): Promise<number> {
  const parsed = parseSimArgs(args, process.env);
  if (parsed === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`common-time sim: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  let sim;
  try {
    sim = await startSim({
      port: parsed.port,
      ...(parsed.dataDir ? { dataDir: parsed.dataDir } : {}),
      ...(parsed.today ? { today: parsed.today } : {}),
      ...(parsed.corsOrigins ? { corsOrigins: parsed.corsOrigins } : {}),
      ...(parsed.principals ? { principals: parsed.principals } : {}),
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'EADDRINUSE' ? `port ${parsed.port} is already in use; pick another with --port or use --port 0.` : err.message;
    process.stderr.write(`common-time sim: could not start the demo tenant: ${why}\n`);
    return 1;
  }
  const people = sim.state.users;
  const example = people.find((u) => u.role === 'coach') ?? people[0];
  process.stdout.write(
    [
      `Graph at ${sim.graphUrl}`,
      `Demo people:  ${sim.url}/demo/people`,
      example ? `Demo token:   ${sim.url}/demo/token?user=${example.userPrincipalName}` : `Demo token:   ${sim.url}/demo/token?user=UPN`,
      `App token:    ${sim.url}/demo/token?app=1`,
      `OpenID:       ${sim.openIdConfigurationUrl}`,
      parsed.dataDir ? `Data:         ${parsed.dataDir}` : 'Data:         in memory (use --data DIR to keep changes)',
      `Today:        ${todayOf(sim.now)}${parsed.today ? ' (set by --today or COMMON_TIME_TODAY)' : ''}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const handle = sim;
  return new Promise<number>((done) => {
    const stop = (signal: string): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      process.stdout.write(`\nStopping the demo tenant (${signal})...\n`);
      handle.close().then(
        () => done(0),
        (e: unknown) => {
          process.stderr.write(`common-time sim: error while stopping: ${(e as Error).message}\n`);
          done(1);
        },
      );
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}
