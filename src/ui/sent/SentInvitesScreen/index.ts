export { SentInvitesScreen } from './SentInvitesScreen.js';
export type { SentInvitesScreenProps } from './SentInvitesScreen.types.js';
