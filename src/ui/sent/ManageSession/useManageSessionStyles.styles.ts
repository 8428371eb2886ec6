import { makeStyles, tokens } from '@fluentui/react-components';

export const useManageSessionStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  other: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  fill: { minWidth: 0, width: '100%' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type ManageSessionClasses = ReturnType<typeof useManageSessionStyles>;
