import { makeStyles, tokens } from '@fluentui/react-components';

export const useCohortPickerStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tags: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS },
});

export type CohortPickerClasses = ReturnType<typeof useCohortPickerStyles>;
