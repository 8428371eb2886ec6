/**
 * "Sent invites": what the signed-in coach booked with Common Time and who answered what, read back
 * from the organizer's copies in Graph. For a learning walk the host's answer comes first: the visit
 * needs the host's yes and visitors' yeses.
 */
import type { SentInvitesScreenProps } from './SentInvitesScreen.types.js';
import { renderSentInvitesScreen } from './renderSentInvitesScreen.js';
import { useSentInvitesScreen } from './useSentInvitesScreen.js';
import { useSentInvitesScreenStyles } from './useSentInvitesScreenStyles.styles.js';

export function SentInvitesScreen(props: SentInvitesScreenProps) {
  const state = useSentInvitesScreen(props);
  return renderSentInvitesScreen(state, useSentInvitesScreenStyles());
}
