export { CohortPicker } from './CohortPicker.js';
export type { CohortChange, CohortMode, CohortPickerProps } from './CohortPicker.types.js';
