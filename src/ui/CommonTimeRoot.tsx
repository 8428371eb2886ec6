/**
 * The whole app, for either host shell: start-up, theme, sign-in, then the signed-in shell. The Teams
 * tab and the Outlook task pane each render this with their shell name.
 */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useSignIn } from './auth/useSignIn.js';
import type { TokenSource } from './auth/tokenSource.js';
import type { PublicConfig } from './config/loadPublicConfig.js';
import type { HostContext } from './host/hostContext.js';
import { BROWSER_HOST } from './host/hostContext.js';
import { AppShell } from './shell/AppShell/index.js';
import { useBootstrap } from './shell/useBootstrap.js';
import type { HostShell } from './shell/useBootstrap.js';
import { DemoSignIn } from './signin/DemoSignIn.js';
import { FLUENT_THEMES, useHostTheme } from './theme/useHostTheme.js';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  centered: { padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px', margin: '0 auto' },
});

export interface CommonTimeRootProps {
  readonly shell: HostShell;
}

export function CommonTimeRoot({ shell }: CommonTimeRootProps) {
  return (
    <StartedApp shell={shell}>{(_host, config, tokens, onSwitchPerson) => <AppShell shell={shell} config={config} tokens={tokens} onSwitchPerson={onSwitchPerson} />}</StartedApp>
  );
}

/**
 * Start-up, theme and sign-in, as the tab and the Outlook pane share them; `children` draws what a
 * signed-in person sees in that host.
 */
export function StartedApp({
  shell,
  children,
}: {
  shell: HostShell;
  children: (host: HostContext, config: PublicConfig, tokens: TokenSource, onSwitchPerson?: () => void) => ReactNode;
}) {
  const boot = useBootstrap(shell);
  const host = boot.phase === 'ready' ? boot.host : BROWSER_HOST;
  return (
    <ThemedRoot host={host}>
      {boot.phase === 'loading' && (
        <Centered>
          <Spinner label="Starting Common Time..." />
        </Centered>
      )}
      {boot.phase === 'failed' && (
        <Centered>
          <Problem title="Common Time could not start" message={boot.message} />
        </Centered>
      )}
      {boot.phase === 'ready' && (
        <SignInGate host={boot.host} config={boot.config}>
          {(tokens, onSwitchPerson) => children(boot.host, boot.config, tokens, onSwitchPerson)}
        </SignInGate>
      )}
    </ThemedRoot>
  );
}

function ThemedRoot({ host, children }: { host: HostContext; children: ReactNode }) {
  const styles = useStyles();
  const themeName = useHostTheme(host);
  return (
    // The root's full-height background must not be copied onto portals (tooltips, menus, dialogs):
    // a portal with it covers the page and takes its clicks.
    <FluentProvider theme={FLUENT_THEMES[themeName]} className={styles.root} data-theme={themeName} applyStylesToPortals={false}>
      {children}
    </FluentProvider>
  );
}

/**
 * Sign-in as the tab and the Outlook pane share it: the demo's person picker, progress, a failure in words,
 * then `children` with the signed-in person's tokens (and, in the demo, a way to switch person).
 */
function SignInGate({ host, config, children }: { host: HostContext; config: PublicConfig; children: (tokens: TokenSource, onSwitchPerson?: () => void) => ReactNode }) {
  const { state, signInAs, switchPerson } = useSignIn(config, host);
  if (state.phase === 'choosing' && config.mode === 'demo') return <DemoSignIn peopleUrl={config.demo.peopleUrl} onSignIn={signInAs} />;
  if (state.phase === 'failed')
    return (
      <Centered>
        <Problem title="Sign-in failed" message={state.message} />
      </Centered>
    );
  if (state.phase !== 'signedIn')
    return (
      <Centered>
        <Spinner label="Signing in..." />
      </Centered>
    );
  return <>{children(state.tokens, config.mode === 'demo' ? switchPerson : undefined)}</>;
}

export function Centered({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <main className={styles.centered}>{children}</main>;
}

export function Problem({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
