/**
 * Booking the next stage of one partnership: free times for the supervisor and the principal from the
 * find-time service (both calendars, working hours and zones), the stage's agenda, where it happens (a Teams
 * meeting, or the principal's school for joint work), then Book, with progress and what to do if it fails.
 */
import type { StageBookingProps } from './StageBooking.types.js';
import { renderStageBooking } from './renderStageBooking.js';
import { useStageBooking } from './useStageBooking.js';
import { useStageBookingStyles } from './useStageBookingStyles.styles.js';

export function StageBooking(props: StageBookingProps) {
  const state = useStageBooking(props);
  return renderStageBooking(state, useStageBookingStyles());
}
