import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppShellStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  banner: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500, marginRight: 'auto' },
  nav: { padding: `0 ${tokens.spacingHorizontalL}`, backgroundColor: tokens.colorNeutralBackground1 },
  // A coach has four screens: in a side panel or a narrow pane the tabs take a second row rather than widen the page.
  tabs: { flexWrap: 'wrap' },
  main: { flexGrow: 1, padding: tokens.spacingHorizontalL, width: '100%', maxWidth: '1100px', margin: '0 auto', boxSizing: 'border-box' },
  narrow: { padding: tokens.spacingHorizontalS },
  skip: {
    position: 'absolute',
    left: '-9999px',
    top: 0,
    ':focus': { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 10, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground1 },
  },
});

export type AppShellClasses = ReturnType<typeof useAppShellStyles>;
