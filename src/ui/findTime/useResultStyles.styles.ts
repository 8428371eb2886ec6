/** The look shared by every result list of Find time: one card per option, the action on the right. */
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useResultStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'grid', gridTemplateColumns: '1fr auto', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});
