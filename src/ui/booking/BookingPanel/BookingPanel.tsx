/**
 * Book: the chosen plan, a last look (subject, when, who, why this time), then the booking service's
 * `book(plan)`. The panel shows progress and the outcome; a conflict ("someone took the time meanwhile")
 * names who and offers the next best time. It never books by itself: only the Book button does.
 */
import type { BookingPanelProps } from './BookingPanel.types.js';
import { renderBookingPanel } from './renderBookingPanel.js';
import { useBookingPanel } from './useBookingPanel.js';
import { useBookingPanelStyles } from './useBookingPanelStyles.styles.js';

export function BookingPanel(props: BookingPanelProps) {
  const state = useBookingPanel(props);
  return renderBookingPanel(state, useBookingPanelStyles());
}
