import type { PersonAvailability } from '../../../core/availability/model.js';
import type { Interval } from '../../../core/time/interval.js';
import type { AvailabilityGridModel } from '../../../services/findTime/availabilityGrid.js';

export interface AvailabilityGridProps {
  /** Each chosen person's availability, as the find-time service returned it. */
  readonly availability: readonly PersonAvailability[];
  /** The zone the coach plans in; the grid's times are wall-clock times there. */
  readonly timeZone: string;
  /** The time to mark (the best suggestion); the grid opens on its day. */
  readonly highlight?: Interval;
  /** A narrow pane: one column per hour instead of per half hour. */
  readonly narrow?: boolean;
}

export interface AvailabilityGridState {
  readonly grid: AvailabilityGridModel;
  readonly dayLabel: string;
  /** The zone the times are in, as people say it ("Eastern"). */
  readonly zoneLabel: string;
  readonly columnLabels: readonly string[];
  /** Per column, whether it overlaps the highlighted time. */
  readonly highlighted: readonly boolean[];
  readonly previousDay?: string;
  readonly nextDay?: string;
  showPrevious(): void;
  showNext(): void;
}
