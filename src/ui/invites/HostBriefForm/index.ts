export { HostBriefForm } from './HostBriefForm.js';
export { briefFromDraft } from './useHostBriefForm.js';
export type { HostBriefAnswer, HostBriefDraft, HostBriefFormProps } from './HostBriefForm.types.js';
