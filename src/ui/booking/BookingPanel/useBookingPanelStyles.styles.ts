import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { panelStyles } from '../../common/panelStyles.js';

export const useBookingPanelStyles = makeStyles({
  ...panelStyles,
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  closures: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  subheading: { ...typographyStyles.subtitle2, margin: 0 },
  dates: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type BookingPanelClasses = ReturnType<typeof useBookingPanelStyles>;
