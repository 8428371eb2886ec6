import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useMyInvitesScreenStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export type MyInvitesScreenClasses = ReturnType<typeof useMyInvitesScreenStyles>;
