/**
 * @jest-environment jsdom
 *
 * Dates and times read in the reader's locale and zone, through the one format module: the browser's language,
 * or the host's (Teams' or Office's display language) when it says, with the zone named as people say it.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { PersonAvailability } from '../../src/core/availability/model.js';
import { formatHour, formatNumber, formatShortDate, formatSlot, formatWhen, readerLocale, setReaderLocale } from '../../src/ui/common/formatTime.js';
import { AvailabilityGrid } from '../../src/ui/findTime/AvailabilityGrid/index.js';
import { hostLocale } from '../../src/ui/host/hostContext.js';

const NY = 'America/New_York';
const ny = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00-05:00`);
const start = ny('2026-12-01', '09:00');
const end = ny('2026-12-01', '10:30');

/** jsdom's navigator says en-US; a reader elsewhere has another. */
function browserLanguage(language: string | undefined): void {
  Object.defineProperty(window.navigator, 'language', { value: language, configurable: true });
}

afterEach(() => {
  setReaderLocale(undefined);
  browserLanguage('en-US');
});

describe('formatTime, in the reader’s locale', () => {
  it('reads en-US from an American browser: 12-hour times, month before day, the zone said "Eastern"', () => {
    browserLanguage('en-US');
    expect(readerLocale()).toBe('en-US');
    expect(formatSlot(start, end, NY)).toBe('Tuesday, December 1, 9:00 – 10:30 AM Eastern');
    expect(formatWhen(start, NY)).toBe('Tuesday, December 1, 9:00 AM Eastern');
    expect(formatHour(start, NY)).toBe('9:00 AM');
    expect(formatShortDate('2026-10-19')).toBe('Oct 19');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });

  it('reads en-GB from a British browser: 24-hour times, day before month, the same zone name', () => {
    browserLanguage('en-GB');
    expect(formatSlot(start, end, NY)).toBe('Tuesday 1 December, 09:00–10:30 Eastern');
    expect(formatHour(start, NY)).toMatch(/^0?9:00$/);
    expect(formatShortDate('2026-10-19')).toBe('19 Oct');
  });

  it('reads fr-FR when the host says so, over the browser’s language, with the zone named in French', () => {
    browserLanguage('en-US');
    setReaderLocale(
      hostLocale({
        kind: 'teams',
        teams: { theme: 'default', locale: 'fr-fr', onThemeChange: () => () => undefined, nestedAppAuthRecommended: false, authenticate: async () => '' },
      }),
    );
    expect(readerLocale()).toBe('fr-FR');
    const slot = formatSlot(start, end, NY);
    expect(slot).toMatch(/^mardi 1 décembre, 09:00 – 10:30 /);
    expect(slot).not.toMatch(/America|New_York|AM|PM/);
    expect(formatNumber(1234.5)).toBe('1 234,5');
  });

  it('falls back to the browser, then en-US, when a locale is not a language tag', () => {
    setReaderLocale('not a locale!');
    browserLanguage('en-GB');
    expect(readerLocale()).toBe('en-GB');
    browserLanguage(undefined);
    expect(readerLocale()).toBe('en-US');
  });
});

describe('a screen reads the same locale: the who-is-free grid', () => {
  const window = { start: ny('2026-12-07', '00:00'), end: ny('2026-12-10', '00:00') };
  const people: PersonAvailability[] = [{ id: 'Ana Ruiz', window, blocks: [] }];
  const show = () =>
    render(
      <FluentProvider theme={webLightTheme}>
        <AvailabilityGrid availability={people} timeZone={NY} highlight={{ start: ny('2026-12-08', '11:00'), end: ny('2026-12-08', '12:00') }} />
      </FluentProvider>,
    );

  it.each([
    ['en-US', 'Tuesday, December 8', '1:00 PM'],
    ['en-GB', 'Tuesday 8 December', '13:00'],
  ])('%s: the day and the times in that locale, the zone said "Eastern"', (language, day, oneOClock) => {
    browserLanguage(language);
    show();
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')!.textContent).toMatch(new RegExp(`^${day}, times in Eastern\\.`));
    const times = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(times).toContain(oneOClock);
  });
});
