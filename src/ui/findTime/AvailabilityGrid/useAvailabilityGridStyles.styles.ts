import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

// In forced colors the palette is replaced by the system's; cells keep their meaning with system colors.
const forced = (backgroundColor: string) => ({ '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor } });

export const useAvailabilityGridStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { ...typographyStyles.subtitle2, margin: 0, marginRight: 'auto' },
  // The table scrolls inside its own box, so the page never scrolls sideways in a narrow pane.
  // position: relative keeps the cells' visually hidden words (absolutely positioned) inside the scrolling box.
  scroller: { overflowX: 'auto', maxWidth: '100%', position: 'relative' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  person: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    paddingRight: tokens.spacingHorizontalS,
    whiteSpace: 'nowrap',
    maxWidth: '12em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  time: {
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    whiteSpace: 'nowrap',
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    height: '4.5em',
    verticalAlign: 'bottom',
  },
  marked: { fontWeight: tokens.fontWeightBold, color: tokens.colorBrandForeground1 },
  cell: { width: '1.4em', minWidth: '1.4em', height: '1.6em', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: 0 },
  markedCell: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  free: { backgroundColor: tokens.colorNeutralBackground1, ...forced('Canvas') },
  busy: { backgroundColor: tokens.colorBrandBackground, ...forced('CanvasText') },
  tentative: { backgroundImage: `repeating-linear-gradient(45deg, ${tokens.colorBrandBackground} 0 3px, transparent 3px 6px)`, ...forced('GrayText') },
  oof: { backgroundColor: tokens.colorPaletteBerryBackground3, ...forced('CanvasText') },
  away: { backgroundColor: tokens.colorNeutralBackground5, ...forced('GrayText') },
  count: { textAlign: 'center', color: tokens.colorNeutralForeground2 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none', fontSize: tokens.fontSizeBase200 },
  swatch: {
    display: 'inline-block',
    width: '0.9em',
    height: '0.9em',
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export type AvailabilityGridClasses = ReturnType<typeof useAvailabilityGridStyles>;
