/** Start-up: find the host (Teams, Outlook or a plain browser) and read the server's settings, together. */
import { useEffect, useState } from 'react';
import { loadPublicConfig } from '../config/loadPublicConfig.js';
import type { PublicConfig } from '../config/loadPublicConfig.js';
import { errorText } from '../common/errorText.js';
import { setReaderLocale } from '../common/formatTime.js';
import { BROWSER_HOST, hostLocale } from '../host/hostContext.js';
import type { HostContext } from '../host/hostContext.js';
import { connectToOffice } from '../host/office/index.js';
import { connectToTeams } from '../host/teamsHost.js';

export type HostShell = 'tab' | 'taskpane';

export type BootState =
  { readonly phase: 'loading' } | { readonly phase: 'failed'; readonly message: string } | { readonly phase: 'ready'; readonly host: HostContext; readonly config: PublicConfig };

async function detectHost(shell: HostShell): Promise<HostContext> {
  if (shell === 'taskpane') {
    const office = await connectToOffice();
    if (office) return { kind: 'outlook', office };
  }
  const teams = await connectToTeams();
  return teams ? { kind: 'teams', teams } : BROWSER_HOST;
}

export function useBootstrap(shell: HostShell): BootState {
  const [state, setState] = useState<BootState>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([detectHost(shell), loadPublicConfig()]).then(
      ([host, config]) => {
        // Dates and times read in the host's display language (Teams' or Office's), before any screen shows.
        setReaderLocale(hostLocale(host));
        if (live) setState({ phase: 'ready', host, config });
      },
      (error: unknown) => live && setState({ phase: 'failed', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [shell]);
  return state;
}
