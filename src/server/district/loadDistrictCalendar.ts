/**
 * The district calendar the server offers every search: a JSON or YAML file the admin keeps, named by the
 * DISTRICT_CALENDAR setting (read once at start); without one, the demo district's calendar in the demo.
 * A file that cannot be read or has the wrong shape stops the start with one line naming the file, the
 * field and the setting.
 */
import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { parse as parseYaml } from 'yaml';
import { checkDistrictCalendar, DistrictCalendarError, demoDistrictCalendar, type DistrictCalendar } from '../../core/district/index.js';
import { ConfigError, type Environment } from '../config.js';

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
