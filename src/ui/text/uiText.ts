/**
 * The tab's fixed words, in one module so they can be translated in one place. Sentences that carry
 * numbers or names are functions, so a translation can reorder them. Words the engine explains slots
 * with (core/ranking/wording.ts) stay with the engine.
 */
import type { GridCellState } from '../../services/findTime/availabilityGrid.js';

export const SHELL_TEXT = {
  appName: 'Common Time',
  demoBadge: 'Demo district',
  switchPerson: 'Switch person',
  skipToContent: 'Skip to content',
  screensLabel: 'Screens',
  loading: 'Loading...',
  openingReport: 'Opening the district report...',
  screens: { report: 'District report', findTime: 'Find time', invites: 'My invites', sent: 'Sent invites', partnerships: 'Partnerships' },
  roles: { coach: 'Coach', principal: 'Principal', districtAdmin: 'District admin' } as Record<string, string>,
} as const;

/** The day-by-time grid of who is free (Find time). */
export const GRID_WORDS = {
  title: 'Who is free',
  previousDay: 'Previous day',
  nextDay: 'Next day',
  personColumn: 'Person',
  freeRow: 'Free',
  legend: 'Key',
  marked: '(best time)',
  scrollLabel: (day: string) => `Who is free on ${day}`,
  caption: (day: string, zone: string, marked: boolean) => `${day}, times in ${zone}.${marked ? ' The best time is marked.' : ''}`,
  freeCount: (free: number, total: number) => `${free} of ${total} free`,
};

/** One person's state in one cell of the grid. */
export const CELL_WORDS: Record<GridCellState, string> = {
  free: 'Free',
  busy: 'Busy',
  tentative: 'Tentative',
  oof: 'Out of office',
  workingElsewhere: 'Working elsewhere',
  outsideWorkingHours: 'Outside working hours',
  unknown: 'Not known',
  excluded: 'Not counted',
};
