import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSentInvitesScreenStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '860px' },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  answers: { margin: 0, paddingLeft: tokens.spacingHorizontalL, columns: '2 220px' },
});

export type SentInvitesScreenClasses = ReturnType<typeof useSentInvitesScreenStyles>;
