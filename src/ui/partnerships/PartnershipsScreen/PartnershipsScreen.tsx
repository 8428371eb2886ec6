/**
 * "Partnerships": a principal supervisor's principals (their direct reports in the directory), where each
 * one-to-one partnership stands in Thessin's three stages (booked, with dates; what is next), and booking
 * the next stage. Any other principal can be checked: the screen says whose principal they are.
 */
import type { PartnershipsScreenProps } from './PartnershipsScreen.types.js';
import { renderPartnershipsScreen } from './renderPartnershipsScreen.js';
import { usePartnershipsScreen } from './usePartnershipsScreen.js';
import { usePartnershipsScreenStyles } from './usePartnershipsScreenStyles.styles.js';

export function PartnershipsScreen(props: PartnershipsScreenProps) {
  const state = usePartnershipsScreen(props);
  return renderPartnershipsScreen(state, usePartnershipsScreenStyles());
}
