/**
 * Saves the tenant to `${dataDir}/tenant.json` atomically (write a temp file, then rename over the old
 * one, so a crash never leaves half a file) and debounced (a burst of writes costs one save).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TenantState } from './state.js';

export interface Persistence {
  /** Schedule a save; cheap to call after every change. */
  persist(): void;
  /** Write now if a save is pending (used on close). */
  flush(): Promise<void>;
}

const TENANT_FILE = 'tenant.json';

export async function loadTenant(dataDir: string): Promise<TenantState | undefined> {
  let text: string;
  try {
    text = await readFile(join(dataDir, TENANT_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const parsed = JSON.parse(text) as TenantState;
  if (parsed.version !== 1 || !Array.isArray(parsed.users)) {
    throw new Error(`${join(dataDir, TENANT_FILE)} is not a Common Time demo tenant (version 1). Move it away or pass another --data folder.`);
  }
  return parsed;
}

export function createPersistence(dataDir: string | undefined, getState: () => TenantState, debounceMs = 100): Persistence {
  if (dataDir === undefined) return { persist: () => {}, flush: async () => {} };
  const dir = dataDir;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let counter = 0;

  const save = async (): Promise<void> => {
    await mkdir(dir, { recursive: true });
    const file = join(dir, TENANT_FILE);
    const tmp = `${file}.${process.pid}.${++counter}.tmp`;
    await writeFile(tmp, JSON.stringify(getState()), 'utf8');
    await rename(tmp, file);
  };
  const runSave = (): void => {
    timer = undefined;
    // Chain saves so two never race on the rename.
    writing = writing.then(save, save);
  };
  return {
    persist() {
      if (timer === undefined) timer = setTimeout(runSave, debounceMs);
    },
    async flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        runSave();
      }
      await writing;
    },
  };
}
