export { BookingPanel } from './BookingPanel.js';
export type { BookingPanelProps } from './BookingPanel.types.js';
