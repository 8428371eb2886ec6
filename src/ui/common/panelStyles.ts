import { tokens, typographyStyles } from '@fluentui/react-components';

/**
 * The card a booking step sits in (the booking panel, the rotation's booking), for a screen's makeStyles:
 * one look, so the steps of a coach's journey read as one.
 */
export const panelStyles = {
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
} as const;
