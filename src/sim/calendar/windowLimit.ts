/**
 * calendarView's longest window. Graph's reference does not state it; Graph answers a longer one with
 * 400 ErrorInvalidRequest "Your request can't be completed. The range between the start and end dates
 * is greater than the allowed range. Maximum number of days: 1825" (reported in
 * microsoftgraph/microsoft-graph-docs issue #6284: a window of 1827 days was refused). The demo tenant
 * answers the same, so a client learns to page through time here as it must against Graph.
 */
import { GraphError } from '../errors.js';

export const MAX_VIEW_DAYS = 1825;
const DAY_MS = 86_400_000;

export function checkViewWindow(startMs: number, endMs: number): void {
  if (endMs - startMs > MAX_VIEW_DAYS * DAY_MS) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `Your request can't be completed. The range between the start and end dates is greater than the allowed range. Maximum number of days: ${MAX_VIEW_DAYS}`,
    );
  }
}
