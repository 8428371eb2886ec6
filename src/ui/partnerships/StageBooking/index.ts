export { StageBooking } from './StageBooking.js';
export type { StageBookingProps } from './StageBooking.types.js';
