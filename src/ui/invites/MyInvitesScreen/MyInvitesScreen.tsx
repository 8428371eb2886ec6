/**
 * Principal "My invites": the Common Time invites in the next eight weeks, with agenda and visit brief,
 * answered right here. Notes being typed are kept for this browser tab.
 */
import type { MyInvitesScreenProps } from './MyInvitesScreen.types.js';
import { renderMyInvitesScreen } from './renderMyInvitesScreen.js';
import { useMyInvitesScreen } from './useMyInvitesScreen.js';
import { useMyInvitesScreenStyles } from './useMyInvitesScreenStyles.styles.js';

export function MyInvitesScreen(props: MyInvitesScreenProps) {
  const state = useMyInvitesScreen(props);
  return renderMyInvitesScreen(state, useMyInvitesScreenStyles());
}
