/**
 * Runs the installed `common-time` command (bin/common-time.js over dist/) as a real process, the way an
 * admin runs `npx common-time`. dist/ is rebuilt once per test file so the command under test is today's code.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = resolve(ROOT, 'bin/common-time.js');

let built = false;
const LOCK = join(tmpdir(), `common-time-acceptance-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`);
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * `tsc -p tsconfig.json`, as `npm install` (prepare) does for the command; throws with tsc's output on failure.
 * Test files run in parallel workers, so builds take turns (a directory as the lock) rather than write dist/ at once.
 */
export function buildCommand(): void {
  if (built) return;
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 60_000) break; // a lock left by a killed run: build anyway
      pause(100);
    }
  }
  try {
    const result = spawnSync(resolve(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tsc -p tsconfig.json failed:\n${result.stdout}${result.stderr}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  built = true;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `common-time <args>` with `input` on standard input. */
export function runCommand(args: readonly string[], input = ''): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      if (error && code === -1) fail(error);
      else done({ code, stdout, stderr });
    });
    // A command that fails before reading its input closes the pipe; that is its answer, not a test failure.
    child.stdin!.on('error', () => {});
    child.stdin!.end(input);
  });
}
