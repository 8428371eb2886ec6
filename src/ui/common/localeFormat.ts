/**
 * Dates and times in the reader's own locale (the browser's languages, through Intl), in the zone the
 * times are planned in. Formatters are made once per locale, zone and form: Intl.DateTimeFormat is costly
 * to build and a grid formats hundreds of times.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The reader's locales, most preferred first; undefined lets Intl use the runtime's default. */
export function readerLocales(): readonly string[] | undefined {
  return typeof navigator !== 'undefined' && navigator.languages?.length ? navigator.languages : undefined;
}

function formatter(zone: string, options: Intl.DateTimeFormatOptions, locales = readerLocales()): Intl.DateTimeFormat {
  const key = `${locales?.join(',') ?? ''}|${zone}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locales as string[] | undefined, { ...options, timeZone: zone });
    formatters.set(key, made);
  }
  return made;
}

/** "Tuesday, December 8" (en-US), "mardi 8 décembre" (fr-FR). */
export function formatDayLong(instant: number, zone: string, locales?: readonly string[]): string {
  return formatter(zone, { weekday: 'long', month: 'long', day: 'numeric' }, locales ?? readerLocales()).format(instant);
}

/** "9:30 AM" (en-US), "09:30" (fr-FR). */
export function formatHour(instant: number, zone: string, locales?: readonly string[]): string {
  return formatter(zone, { hour: 'numeric', minute: '2-digit' }, locales ?? readerLocales()).format(instant);
}
