export { SessionFollowUp } from './SessionFollowUp.js';
export type { SessionFollowUpProps } from './SessionFollowUp.types.js';
