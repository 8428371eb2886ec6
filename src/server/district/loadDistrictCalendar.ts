/**
 * The district calendar the server offers every search, from one of three sources: a JSON or YAML file the
 * admin keeps, named by DISTRICT_CALENDAR (read once at start); a shared Outlook calendar read through Graph,
 * named by DISTRICT_CALENDAR_MAILBOX (read at start and every 15 minutes); without either, in the demo, the
 * demo tenant's district calendar mailbox (or, when there is none, the demo district's rules). A source
 * that cannot be read stops the start with one line naming the setting and the fix.
 */
import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { parse as parseYaml } from 'yaml';
import { checkDistrictCalendar, DistrictCalendarError, demoDistrictCalendar, type DistrictCalendar } from '../../core/district/index.js';
import { ConfigError, type Environment, type IdentitySettings } from '../config.js';
import { DISTRICT_CALENDAR_MAILBOX_SETTING, DISTRICT_CALENDAR_ZONE_SETTING, openSharedDistrictCalendar } from './sharedDistrictCalendar.js';
import { resolveZone } from '../../core/time/zones.js';

export const DISTRICT_CALENDAR_SETTING = 'DISTRICT_CALENDAR';

/** Parses a district calendar file's text (JSON, or YAML when the name says so). */
export function parseDistrictCalendar(text: string, file: string): DistrictCalendar {
  let value: unknown;
  try {
    value = /\.ya?ml$/i.test(file) ? parseYaml(text.replace(/^\uFEFF/, '')) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(
      DISTRICT_CALENDAR_SETTING,
      `${file} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'} (${(error as Error).message.split('\n')[0]}). Fix the file or change ${DISTRICT_CALENDAR_SETTING}.`,
    );
  }
  try {
    return { ...checkDistrictCalendar(value, 'districtCalendar'), source: file };
  } catch (error) {
    if (error instanceof DistrictCalendarError)
      throw new ConfigError(DISTRICT_CALENDAR_SETTING, `${file}: ${error.message.replace(/\.$/, '')}. Fix the file or change ${DISTRICT_CALENDAR_SETTING}.`);
    throw error;
  }
}

/**
 * The calendar from DISTRICT_CALENDAR, or in the demo (no file) the demo district's closures from a year
 * before `now` to two years after it.
 */
export async function loadDistrictCalendar(env: Environment, options: { readonly demo: boolean; readonly now: () => number }): Promise<DistrictCalendar | undefined> {
  const file = env[DISTRICT_CALENDAR_SETTING]?.trim();
  if (!file) {
    if (!options.demo) return undefined;
    const today = DateTime.fromMillis(options.now(), { zone: 'America/New_York' });
    return demoDistrictCalendar(today.minus({ years: 1 }).toISODate()!, today.plus({ years: 2 }).toISODate()!);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      DISTRICT_CALENDAR_SETTING,
      `${DISTRICT_CALENDAR_SETTING}=${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); point it at the district calendar's JSON or YAML file.`,
    );
  }
  return parseDistrictCalendar(text, file);
}

/** Where every search's district calendar comes from now: fixed (a file, the rules) or refreshed (a shared calendar). */
export interface DistrictCalendarSource {
  current(): DistrictCalendar | undefined;
  /** Says where it is read from, for the start-up lines. */
  readonly description: string;
  close(): void;
}

export interface DistrictCalendarSourceOptions {
  readonly demo: boolean;
  readonly now: () => number;
  readonly identity: IdentitySettings;
  /** In the demo without a setting: the demo tenant's district calendar mailbox. */
  readonly demoMailbox?: string;
  readonly log?: (line: string) => void;
}

const fixed = (calendar: DistrictCalendar | undefined, description: string): DistrictCalendarSource => ({ current: () => calendar, description, close: () => undefined });

/** The file, the shared calendar, or in the demo its mailbox (falling back to the rules): one of them, never two. */
export async function openDistrictCalendarSource(env: Environment, options: DistrictCalendarSourceOptions): Promise<DistrictCalendarSource> {
  const file = env[DISTRICT_CALENDAR_SETTING]?.trim();
  const mailbox = env[DISTRICT_CALENDAR_MAILBOX_SETTING]?.trim();
  if (file && mailbox) {
    throw new ConfigError(
      DISTRICT_CALENDAR_MAILBOX_SETTING,
      `Both ${DISTRICT_CALENDAR_SETTING} and ${DISTRICT_CALENDAR_MAILBOX_SETTING} are set; keep the district calendar in one place and unset the other.`,
    );
  }
  if (file) return fixed(await loadDistrictCalendar(env, options), file);
  const address = mailbox || (options.demo ? options.demoMailbox : undefined);
  if (!address) return fixed(await loadDistrictCalendar(env, options), options.demo ? 'the demo district rules' : 'none');
  if (mailbox && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(mailbox)) {
    throw new ConfigError(
      DISTRICT_CALENDAR_MAILBOX_SETTING,
      `${DISTRICT_CALENDAR_MAILBOX_SETTING}=${mailbox} is not an address; give the district calendar's mailbox or group address, like district.calendar@contoso.org.`,
    );
  }
  const zone = env[DISTRICT_CALENDAR_ZONE_SETTING]?.trim();
  if (zone) {
    try {
      resolveZone(zone, DISTRICT_CALENDAR_ZONE_SETTING);
    } catch {
      throw new ConfigError(DISTRICT_CALENDAR_ZONE_SETTING, `${DISTRICT_CALENDAR_ZONE_SETTING}=${zone} is not a time zone; use an IANA or Windows name, like America/Chicago.`);
    }
  }
  try {
    const shared = await openSharedDistrictCalendar({
      address,
      identity: options.identity,
      now: options.now,
      ...(zone ? { fallbackZone: zone } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    return { current: shared.current, description: `the shared calendar ${address}`, close: shared.close };
  } catch (error) {
    // The demo's own mailbox missing (a tenant saved long ago) is not worth stopping the demo for.
    if (mailbox || !(error instanceof ConfigError)) throw error;
    options.log?.(`${error.message} Using the demo district's rules instead.`);
    return fixed(await loadDistrictCalendar(env, options), 'the demo district rules');
  }
}
