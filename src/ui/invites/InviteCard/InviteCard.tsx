/**
 * One collaboration invite: when, where, who invited you, the agenda and visit brief, and your answer
 * (accept, tentatively accept or decline) with an optional note to the organizer and, when not a plain
 * yes, another time to propose.
 */
import type { InviteCardProps } from './InviteCard.types.js';
import { renderInviteCard } from './renderInviteCard.js';
import { useInviteCard } from './useInviteCard.js';
import { useInviteCardStyles } from './useInviteCardStyles.styles.js';

export function InviteCard(props: InviteCardProps) {
  const state = useInviteCard(props);
  return renderInviteCard(state, useInviteCardStyles());
}
