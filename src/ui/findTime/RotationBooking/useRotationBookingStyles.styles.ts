import { makeStyles, tokens } from '@fluentui/react-components';
import { panelStyles } from '../../common/panelStyles.js';

export const useRotationBookingStyles = makeStyles({
  ...panelStyles,
  results: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export type RotationBookingClasses = ReturnType<typeof useRotationBookingStyles>;
