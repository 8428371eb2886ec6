/**
 * The demo's picture of the Outlook item the pane works on: what Outlook would show in the meeting
 * form (time, place, categories, attendees, body), updated as the pane changes it.
 */
import { useSyncExternalStore } from 'react';
import { Card, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { formatSlot } from '../../ui/common/formatTime.js';
import { SafeHtml } from '../../ui/invites/SafeHtml.js';
import type { FakeOffice } from './fakeMailbox.js';

const useStyles = makeStyles({
  panel: { flexGrow: 1, minWidth: '300px', maxWidth: '640px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  facts: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
});

export function FakeItemPanel({ fake, zone }: { fake: FakeOffice; zone: string }) {
  const styles = useStyles();
  // The fake item changes in place; re-render on every change it reports.
  const version = useSyncExternalStore(fake.subscribe, () => fakeVersion(fake));
  const state = fake.compose;
  if (!state) return null;
  return (
    <Card className={styles.panel} role="region" aria-label="Demo: the meeting in Outlook" data-version={version}>
      <h2 className={styles.heading}>Demo: the meeting in Outlook</h2>
      <Text size={200}>In Outlook this is the meeting form beside the pane; here it is a stand-in the pane writes to.</Text>
      <dl className={styles.facts}>
        <dt>Subject</dt>
        <dd data-field="subject">{state.subject}</dd>
        <dt>When</dt>
        <dd data-field="when">{formatSlot(state.start, state.end, zone)}</dd>
        <dt>Where</dt>
        <dd data-field="location">{state.location || '—'}</dd>
        <dt>Categories</dt>
        <dd data-field="categories">{state.categories.join(', ') || '—'}</dd>
        <dt>Attendees</dt>
        <dd data-field="attendees">{[...state.required, ...state.optional].map((p) => p.name).join(', ') || '—'}</dd>
        <dt>Saved</dt>
        <dd data-field="saved">{state.savedId ? 'Yes' : 'Not yet'}</dd>
      </dl>
      <SafeHtml html={state.bodyHtml} label="Meeting body" />
    </Card>
  );
}

const versions = new WeakMap<FakeOffice, number>();
let counter = 0;
/** A snapshot token that changes whenever the fake reports a change. */
function fakeVersion(fake: FakeOffice): number {
  if (!versions.has(fake)) {
    versions.set(fake, 0);
    fake.subscribe(() => versions.set(fake, ++counter));
  }
  return versions.get(fake)!;
}
