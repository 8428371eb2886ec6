import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useFindTimeScreenStyles = makeStyles({
  // A Teams side panel (320 px) or any narrow window stacks the form above the results, as the Outlook pane does.
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(280px, 360px) 1fr',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  stacked: { gridTemplateColumns: 'minmax(0, 1fr)' },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
  },
  dates: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  // Fluent's Input has a minimum width; in the two-column row it must shrink with its column.
  fill: { minWidth: 0, width: '100%' },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  subheading: { ...typographyStyles.subtitle2, margin: `${tokens.spacingVerticalM} 0 0` },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  offers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export type FindTimeScreenClasses = ReturnType<typeof useFindTimeScreenStyles>;
