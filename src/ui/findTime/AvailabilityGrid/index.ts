export { AvailabilityGrid } from './AvailabilityGrid.js';
export type { AvailabilityGridProps } from './AvailabilityGrid.types.js';
