import type { RefObject } from 'react';
import type { TokenSource } from '../../auth/tokenSource.js';
import type { PublicConfig } from '../../config/loadPublicConfig.js';
import type { AppServices } from '../../services/appServices.js';
import type { HostShell } from '../useBootstrap.js';

export type ScreenId = 'findTime' | 'invites' | 'sent' | 'partnerships' | 'report';

export interface AppShellProps {
  readonly shell: HostShell;
  readonly config: PublicConfig;
  readonly tokens: TokenSource;
  /** In Outlook, the meeting the pane was opened on: My invites shows it first. */
  readonly focusEventId?: string;
  /** Demo only: go back to the person picker. */
  readonly onSwitchPerson?: () => void;
}

export interface AppShellState {
  readonly user: TokenSource['user'];
  /** The role's label under the name ("Coach"); none in a narrow pane. */
  readonly roleLabel?: string;
  readonly demo: boolean;
  /** The Outlook task pane: smaller tabs, tighter padding. */
  readonly narrow: boolean;
  /** The screens this person's role uses, in the navigation's order, with their names. */
  readonly screens: readonly { readonly id: ScreenId; readonly label: string }[];
  readonly screen: ScreenId;
  /** Where times show: the mailbox's own zone (the one Outlook uses), else the browser's. */
  readonly zone: string;
  readonly services: AppServices;
  readonly mainRef: RefObject<HTMLElement | null>;
  readonly focusEventId?: string;
  readonly getApiToken?: () => Promise<string>;
  readonly onSwitchPerson?: () => void;
  chooseScreen(screen: ScreenId): void;
}
