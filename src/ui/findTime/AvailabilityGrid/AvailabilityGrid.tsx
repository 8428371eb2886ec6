/**
 * Who is free when, day by time, for the chosen people (Outlook's Scheduling Assistant view), beside the
 * ranked suggestions: a real table, so a screen reader reads each cell with its person and time.
 */
import type { AvailabilityGridProps } from './AvailabilityGrid.types.js';
import { renderAvailabilityGrid } from './renderAvailabilityGrid.js';
import { useAvailabilityGrid } from './useAvailabilityGrid.js';
import { useAvailabilityGridStyles } from './useAvailabilityGridStyles.styles.js';

export function AvailabilityGrid(props: AvailabilityGridProps) {
  const state = useAvailabilityGrid(props);
  const classes = useAvailabilityGridStyles();
  return renderAvailabilityGrid(state, classes);
}
