/**
 * Book the whole rotation: one learning walk per host school, at the school (its name and address as the
 * location), with the learning-walk agenda and each school's visit brief. The coach chooses to ask the
 * hosts first (visitors are invited from Sent invites once each host says yes) or to invite everyone now.
 * Each walk's outcome is shown as it comes; booking again creates only what is missing. The booked plan is
 * kept in this browser so the visitors can be invited days later.
 */
import type { RotationBookingProps } from './RotationBooking.types.js';
import { renderRotationBooking } from './renderRotationBooking.js';
import { useRotationBooking } from './useRotationBooking.js';
import { useRotationBookingStyles } from './useRotationBookingStyles.styles.js';

export function RotationBooking(props: RotationBookingProps) {
  const state = useRotationBooking(props);
  return renderRotationBooking(state, useRotationBookingStyles());
}
