/**
 * Who the time is for: a Microsoft 365 group (a cohort the district already keeps), or people picked
 * one by one through people search.
 */
import type { CohortPickerProps } from './CohortPicker.types.js';
import { renderCohortPicker } from './renderCohortPicker.js';
import { useCohortPickerStyles } from './useCohortPickerStyles.styles.js';

export function CohortPicker(props: CohortPickerProps) {
  return renderCohortPicker(props, useCohortPickerStyles());
}
