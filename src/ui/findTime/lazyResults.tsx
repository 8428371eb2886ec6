/**
 * The parts of Find time a coach sees only after searching, loaded when first needed: the results (fetched
 * as soon as a search starts, alongside the free/busy reads, so they show with the words that announce them),
 * the booking panel (agenda fields) once a time is chosen, and the learning-walk rotation's booking. The
 * booking panel is fetched once the screen is idle.
 */
import { lazyComponent } from '../common/lazyComponent.js';

export const FindTimeResults = lazyComponent(async () => (await import('./FindTimeResults.js')).FindTimeResults);
export const BookingPanel = lazyComponent(async () => (await import('../booking/BookingPanel/index.js')).BookingPanel);
export const RotationBooking = lazyComponent(async () => (await import('./RotationBooking/index.js')).RotationBooking);

// Fetched once the Find time screen is idle, so choosing a time shows the booking panel at once.
if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
  window.requestIdleCallback(() => void BookingPanel.preload().catch(() => undefined));
}
