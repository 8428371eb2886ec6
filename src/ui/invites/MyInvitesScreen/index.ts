export { MyInvitesScreen } from './MyInvitesScreen.js';
export type { MyInvitesScreenProps } from './MyInvitesScreen.types.js';
