export { PartnershipsScreen } from './PartnershipsScreen.js';
export type { PartnershipsScreenProps } from './PartnershipsScreen.types.js';
