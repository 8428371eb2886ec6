/**
 * Saves the tenant to `${dataDir}/tenant.json` atomically (write a temp file, fsync it, then rename over
 * the old one, so neither a crash nor a power cut leaves half a file) and debounced (a burst of writes
 * costs one save). A save that fails (disk full, folder gone or not writable) is logged and retried with
 * backoff; it never ends the process, and the next successful save writes everything.
 *
 * Reading is strict the other way: a tenant.json that cannot be read or is not a demo tenant stops the
 * start with one line naming the file, what is wrong and the setting to change; it is never overwritten.
 */
import { CALENDAR_ROLES } from './calendar/sharing.js';
import { Ajv } from 'ajv';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import type { TenantState } from './state.js';

export interface Persistence {
  /** Schedule a save; cheap to call after every change. */
  persist(): void;
  /** Write now if a save is pending or failing (used on close); never rejects. */
  flush(): Promise<void>;
}

/** The file-system calls a save makes; tests inject failing ones. */
export interface PersistenceFs {
  mkdir: typeof nodeFs.mkdir;
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
}

export interface PersistenceOptions {
  debounceMs?: number;
  /** First retry delay after a failed save; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  fs?: PersistenceFs;
  /** One line per event (default: stderr). */
  log?: (line: string) => void;
}

export const TENANT_FILE = 'tenant.json';

/** How a person points the demo tenant at another folder (npm start's DATA_DIR; the CLI's --data). */
export const DATA_DIR_HINT = 'move it away, or set DATA_DIR (npm start) or --data (common-time sim) to another folder';

/** A data file the demo tenant will not start from; `message` is one line for a person. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file} ${problem}. It was left as it is: ${DATA_DIR_HINT}.`);
    this.name = 'DataFileError';
  }
}

const tenantShape = new Ajv({ allErrors: false }).compile({
  type: 'object',
  required: ['version', 'tenantId', 'clientId', 'domain', 'users', 'schools', 'groups', 'calendars'],
  properties: {
    version: { const: 1 },
    tenantId: { type: 'string', minLength: 1 },
    clientId: { type: 'string', minLength: 1 },
    domain: { type: 'string', minLength: 1 },
    users: { type: 'array', items: { type: 'object', required: ['id', 'userPrincipalName'] } },
    schools: { type: 'array' },
    groups: { type: 'array' },
    calendars: { type: 'object' },
    mailboxes: { type: 'object' },
    calendarSharing: {
      type: 'object',
      additionalProperties: {
        type: 'array',
        items: { type: 'object', required: ['granteeId', 'role'], properties: { granteeId: { type: 'string' }, role: { enum: [...CALENDAR_ROLES] } } },
      },
    },
  },
});

export async function loadTenant(dataDir: string): Promise<TenantState | undefined> {
  const file = join(dataDir, TENANT_FILE);
  let text: string;
  try {
    text = await nodeFs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new DataFileError(file, `cannot be read (${code ?? (e as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DataFileError(file, `is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!tenantShape(parsed)) {
    const first = tenantShape.errors?.[0];
    const where = first?.instancePath ? `"${first.instancePath.slice(1).replace(/\//g, '.')}" ` : '';
    throw new DataFileError(file, `is not a Common Time demo tenant (version 1): ${where}${first?.message ?? 'has the wrong shape'}`);
  }
  return parsed as TenantState;
}

export function createPersistence(dataDir: string | undefined, getState: () => TenantState, options: PersistenceOptions = {}): Persistence {
  if (dataDir === undefined) return { persist: () => {}, flush: async () => {} };
  const dir = dataDir;
  const fs = options.fs ?? nodeFs;
  const debounceMs = options.debounceMs ?? 100;
  const firstRetryMs = options.retryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const file = join(dir, TENANT_FILE);
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let counter = 0;
  let retryMs = firstRetryMs;
  let failing = false;

  const writeOnce = async (): Promise<void> => {
    await fs.mkdir(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${++counter}.tmp`;
    try {
      const handle = await fs.open(tmp, 'w');
      try {
        await handle.writeFile(JSON.stringify(getState()), 'utf8');
        await handle.sync(); // on disk before the rename makes it the tenant
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw e;
    }
  };

  /** One attempt; a failure is logged and, unless `final`, retried later. Never rejects. */
  const save = async (final: boolean): Promise<void> => {
    try {
      await writeOnce();
      if (failing) log(`[sim] saved ${file} again; nothing was lost.`);
      failing = false;
      retryMs = firstRetryMs;
    } catch (e) {
      failing = true;
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      if (final) {
        log(`[sim] could not save ${file} (${why}); changes since the last save are not on disk. Free space or fix the folder (DATA_DIR).`);
        return;
      }
      log(
        `[sim] could not save ${file} (${why}); the demo tenant keeps running and tries again in ${retryMs >= 1000 ? `${Math.round(retryMs / 1000)} s` : `${retryMs} ms`}. Free space or fix the folder (DATA_DIR).`,
      );
      schedule(retryMs);
      retryMs = Math.min(retryMs * 2, maxRetryMs);
    }
  };
  const run = (final: boolean): Promise<void> => {
    timer = undefined;
    // Chain saves so two never race on the rename.
    writing = writing.then(() => save(final));
    return writing;
  };
  const schedule = (delayMs: number): void => {
    if (timer !== undefined) return;
    timer = setTimeout(() => void run(false), delayMs);
    timer.unref(); // a pending retry does not keep a closed tenant's process alive; flush() writes it
  };
  return {
    persist() {
      schedule(debounceMs);
    },
    async flush() {
      const pending = timer !== undefined || failing;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (pending) await run(true);
      else await writing;
    },
  };
}
