/**
 * Shows an invite body. Whatever HTML arrives from Graph (an organizer may have typed anything) goes
 * through the agenda sanitizer first: no script, no event handlers, no styles, only http(s)/mailto links.
 */
import { useMemo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { sanitizeAgendaHtml } from '../../core/agenda/sanitizeAgendaHtml.js';

const useStyles = makeStyles({
  body: {
    color: tokens.colorNeutralForeground1,
    lineHeight: tokens.lineHeightBase300,
    '& h2, & h3, & h4': { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400 },
    '& p': { margin: `${tokens.spacingVerticalXS} 0` },
    '& a': { color: tokens.colorBrandForegroundLink },
    '& ul, & ol': { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  },
});

export function SafeHtml({ html, label }: { html: string; label: string }) {
  const styles = useStyles();
  const clean = useMemo(() => sanitizeAgendaHtml(html), [html]);
  return <div className={styles.body} role="region" aria-label={label} dangerouslySetInnerHTML={{ __html: clean }} />;
}
