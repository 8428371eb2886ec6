import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useInviteCardStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export type InviteCardClasses = ReturnType<typeof useInviteCardStyles>;
