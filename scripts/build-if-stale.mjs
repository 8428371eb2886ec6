// `npm start` runs the built code; this rebuilds first when any source or build setting is newer than the
// last build, so a demo never runs stale code after an edit (and never pays for a needless build).
// With --stamp it only records that a build has just finished (the build script calls it last).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.build-stamp');
const inputs = ['src', 'manifest', 'templates', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.app.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

if (process.argv.includes('--stamp')) {
  writeFileSync(stamp, new Date().toISOString() + '\n');
} else {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const changed = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
  if (changed > built) {
    console.log(built === 0 ? 'Building Common Time (first start)...' : 'Sources changed since the last build: rebuilding...');
    execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
  }
}
