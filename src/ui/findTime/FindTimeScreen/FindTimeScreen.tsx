/**
 * Coach "Find time": who (a group or hand-picked people), what kind of session, when; then ranked
 * suggestions with their reasons, the closest misses when nothing suits everyone, and Book.
 */
import type { FindTimeScreenProps } from './FindTimeScreen.types.js';
import { renderFindTimeScreen } from './renderFindTimeScreen.js';
import { useFindTimeScreen } from './useFindTimeScreen.js';
import { useFindTimeScreenStyles } from './useFindTimeScreenStyles.styles.js';

export function FindTimeScreen(props: FindTimeScreenProps) {
  const state = useFindTimeScreen(props);
  return renderFindTimeScreen(state, useFindTimeScreenStyles());
}
