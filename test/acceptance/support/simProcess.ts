/** `common-time sim` as a real process: started, read for its URLs, and stopped with SIGTERM. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './commonTime.js';

export interface SimProcess {
  readonly graphUrl: string;
  readonly baseUrl: string;
  readonly openIdUrl: string;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function startSimProcess(args: readonly string[]): Promise<SimProcess> {
  const child: ChildProcess = spawn(process.execPath, [resolve(ROOT, 'bin/common-time.js'), 'sim', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`common-time sim printed no URL in 20 s:\n${out}${err}`));
    }, 20_000);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`common-time sim exited with ${code}:\n${out}${err}`));
    });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const graph = /Graph at (http:\/\/127\.0\.0\.1:\d+\/v1\.0)/.exec(out)?.[1];
      const openId = /OpenID:\s+(\S+)/.exec(out)?.[1];
      if (!graph || !openId) return;
      clearTimeout(timer);
      done({
        graphUrl: graph,
        baseUrl: graph.replace(/\/v1\.0$/, ''),
        openIdUrl: openId,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
