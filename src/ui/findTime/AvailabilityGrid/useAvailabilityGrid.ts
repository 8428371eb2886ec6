import { useMemo, useState } from 'react';
import { availabilityGrid, dayOf, gridDays } from '../../../services/findTime/availabilityGrid.js';
import { formatDay, formatHour, formatZoneName } from '../../common/formatTime.js';
import type { AvailabilityGridProps, AvailabilityGridState } from './AvailabilityGrid.types.js';

export function useAvailabilityGrid({ availability, timeZone, highlight, narrow }: AvailabilityGridProps): AvailabilityGridState {
  const window = availability[0]?.window;
  const days = useMemo(() => (window ? gridDays(window, timeZone) : []), [window, timeZone]);
  const opening = highlight ? dayOf(highlight.start, timeZone) : days[0];
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const day = chosen && days.includes(chosen) ? chosen : opening && days.includes(opening) ? opening : (days[0] ?? dayOf(0, timeZone));
  const index = days.indexOf(day);
  const grid = useMemo(() => availabilityGrid(availability, { day, timeZone, stepMinutes: narrow ? 60 : 30 }), [availability, day, timeZone, narrow]);
  const previousDay = index > 0 ? days[index - 1] : undefined;
  const nextDay = index >= 0 && index < days.length - 1 ? days[index + 1] : undefined;
  return {
    grid,
    dayLabel: formatDay(grid.columns[0]?.start ?? 0, timeZone),
    zoneLabel: formatZoneName(timeZone, grid.columns[0]?.start ?? 0),
    columnLabels: grid.columns.map((c) => formatHour(c.start, timeZone)),
    highlighted: grid.columns.map((c) => highlight !== undefined && c.start < highlight.end && c.end > highlight.start),
    ...(previousDay && { previousDay }),
    ...(nextDay && { nextDay }),
    showPrevious: () => previousDay && setChosen(previousDay),
    showNext: () => nextDay && setChosen(nextDay),
  };
}
