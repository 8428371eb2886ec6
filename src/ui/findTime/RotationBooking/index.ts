export { RotationBooking } from './RotationBooking.js';
export type { RotationBookingProps } from './RotationBooking.types.js';
