/**
 * Demo sign-in: pick any seeded person of the demo district and act as them. Their role decides the
 * screen they land on (coaches find time, principals see their invites).
 */
import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Persona, Spinner, Subtitle2, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { fetchDemoPeople } from '../auth/demoTokenSource.js';
import type { DemoPerson } from '../auth/demoTokenSource.js';
import { errorText } from '../common/errorText.js';

const ROLE_ORDER = ['coach', 'principal', 'districtAdmin'];
const ROLE_HEADINGS: Record<string, string> = {
  coach: 'Coaches and principal supervisors',
  principal: 'Principals',
  districtAdmin: 'District admins',
};

const useStyles = makeStyles({
  page: { maxWidth: '960px', margin: '0 auto', padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingVerticalS, listStyleType: 'none', padding: 0, margin: 0 },
  person: { width: '100%', justifyContent: 'flex-start', padding: tokens.spacingVerticalS, minHeight: '56px', position: 'relative' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface DemoSignInProps {
  readonly peopleUrl: string;
  onSignIn(person: DemoPerson): void;
}

export function DemoSignIn({ peopleUrl, onSignIn }: DemoSignInProps) {
  const styles = useStyles();
  const [people, setPeople] = useState<DemoPerson[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [filter, setFilter] = useState('');

  useEffect(() => {
    let live = true;
    fetchDemoPeople(peopleUrl).then(
      (list) => live && setPeople(list),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [peopleUrl]);

  const groups = useMemo(() => groupByRole(people ?? [], filter), [people, filter]);

  return (
    <main className={styles.page} aria-labelledby="signin-title">
      <Title2 as="h1" id="signin-title">
        Common Time demo: choose who you are
      </Title2>
      <Text>
        This is a demo district with no Microsoft 365 tenant behind it. Pick any person to act as them: coaches find and book time for a cohort, principals answer their invites.
      </Text>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!people && !error && <Spinner label="Loading the demo district..." />}
      {people && (
        <>
          <Field label="Filter people by name, school or role">
            <Input value={filter} onChange={(_, d) => setFilter(d.value)} type="search" />
          </Field>
          {groups.length === 0 && <Text role="status">Nobody matches "{filter}".</Text>}
          {groups.map(([role, list]) => (
            <section key={role} className={styles.section} aria-labelledby={`role-${role}`}>
              <Subtitle2 as="h2" id={`role-${role}`}>
                {ROLE_HEADINGS[role] ?? capitalize(role)}
              </Subtitle2>
              <ul className={styles.grid}>
                {list.map((person) => (
                  <li key={person.upn}>
                    {/* The name is the button's own text, so what a speech user reads is what they say (WCAG 2.5.3). */}
                    <Button appearance="subtle" className={styles.person} onClick={() => onSignIn(person)}>
                      <span className={styles.hidden}>Sign in as </span>
                      <Persona name={person.name} secondaryText={person.school ?? person.jobTitle ?? capitalize(person.role)} avatar={{ 'aria-hidden': true }} />
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </main>
  );
}

function groupByRole(people: readonly DemoPerson[], filter: string): [string, DemoPerson[]][] {
  const needle = filter.trim().toLowerCase();
  const groups = new Map<string, DemoPerson[]>();
  for (const person of people) {
    const text = `${person.name} ${person.school ?? ''} ${person.role} ${person.jobTitle ?? ''}`.toLowerCase();
    if (needle && !text.includes(needle)) continue;
    const list = groups.get(person.role) ?? [];
    list.push(person);
    groups.set(person.role, list);
  }
  const rank = (role: string) => (ROLE_ORDER.indexOf(role) === -1 ? ROLE_ORDER.length : ROLE_ORDER.indexOf(role));
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
