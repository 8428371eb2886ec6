import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useBookingPanelStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  closures: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  subheading: { ...typographyStyles.subtitle2, margin: 0 },
  dates: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type BookingPanelClasses = ReturnType<typeof useBookingPanelStyles>;
