import { makeStyles, tokens } from '@fluentui/react-components';
import { panelStyles } from '../../common/panelStyles.js';

export const useBookingPanelStyles = makeStyles({
  ...panelStyles,
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
});

export type BookingPanelClasses = ReturnType<typeof useBookingPanelStyles>;
