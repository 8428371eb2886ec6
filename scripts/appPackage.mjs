/**
 * The app package from the unified manifest: read an Agents Toolkit environment file (env/.env.<name>),
 * fill the manifest's ${{PLACEHOLDERS}} from it (the process environment wins, as in the toolkit), and
 * zip the result with its icons. Shared by scripts/package.mjs and scripts/validate.mjs.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const MANIFEST = path.join(ROOT, 'manifest', 'manifest.json');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export class PackageError extends Error {}

/** KEY=value lines; # comments and blank lines skipped; surrounding quotes removed. */
export function parseEnvFile(text) {
  const values = {};
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) throw new PackageError(`line ${i + 1}: expected NAME=value, got "${trimmed}".`);
    let value = trimmed.slice(eq + 1).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    values[trimmed.slice(0, eq).trim()] = value;
  });
  return values;
}

/** The environment's variables: env/.env.<name>, then env/.env.<name>.user (secrets), then the process environment. */
export function loadEnvironment(name, { envDir = path.join(ROOT, 'env'), processEnv = process.env } = {}) {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new PackageError(`--env "${name}": use letters, digits, dashes or underscores (e.g. dev).`);
  const file = path.join(envDir, `.env.${name}`);
  if (!existsSync(file)) throw new PackageError(`There is no ${path.relative(ROOT, file)}. Create it from env/.env.dev, or pass --env with an existing environment.`);
  let values;
  try {
    values = parseEnvFile(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PackageError(`${path.relative(ROOT, file)} ${error.message}`);
  }
  const userFile = `${file}.user`;
  if (existsSync(userFile)) Object.assign(values, parseEnvFile(readFileSync(userFile, 'utf8')));
  for (const key of Object.keys(values)) if (processEnv[key] !== undefined) values[key] = processEnv[key];
  return { values, file };
}

/** The text with every ${{NAME}} filled; all missing names are reported at once. */
export function renderPlaceholders(text, values, source) {
  const missing = new Set();
  const rendered = text.replace(PLACEHOLDER, (_, name) => {
    if (values[name] === undefined) {
      missing.add(name);
      return '';
    }
    return values[name];
  });
  if (missing.size > 0)
    throw new PackageError(`${source} does not set ${[...missing].join(', ')}, which manifest/manifest.json uses. Add ${missing.size > 1 ? 'them' : 'it'} (see env/.env.dev).`);
  return rendered;
}

/** The rendered manifest, checked to be JSON, and the icon files the package must hold. */
export function renderManifest(envName, options) {
  const { values, file } = loadEnvironment(envName, options);
  const text = renderPlaceholders(readFileSync(MANIFEST, 'utf8'), values, path.relative(ROOT, file));
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new PackageError(`The manifest is not JSON once filled in from ${path.relative(ROOT, file)} (${error.message}); check for quotes or backslashes in its values.`);
  }
  const icons = [manifest.icons?.color, manifest.icons?.outline].filter(Boolean);
  for (const icon of icons) {
    if (!existsSync(path.join(ROOT, 'manifest', icon)))
      throw new PackageError(`manifest/manifest.json names the icon ${icon}, which is not in manifest/. Run node manifest/make-icons.mjs.`);
  }
  return { text, manifest, icons };
}

/** `--env dev` (default dev) and `--out folder` (default build/appPackage). */
export function readArgs(argv) {
  const args = { env: 'dev', out: path.join(ROOT, 'build', 'appPackage') };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === '--env' || flag === '--out') && value !== undefined) {
      args[flag.slice(2)] = flag === '--out' ? path.resolve(value) : value;
      i++;
    } else {
      throw new PackageError(`Unknown option "${flag}". Use --env <name> (an env/.env.<name> file) and --out <folder>.`);
    }
  }
  return args;
}
