export { InviteCard } from './InviteCard.js';
export type { InviteCardProps } from './InviteCard.types.js';
