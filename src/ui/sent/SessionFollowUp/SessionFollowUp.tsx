import { renderSessionFollowUp } from './renderSessionFollowUp.js';
import type { SessionFollowUpProps } from './SessionFollowUp.types.js';
import { useSessionFollowUp } from './useSessionFollowUp.js';
import { useSessionFollowUpStyles } from './useSessionFollowUpStyles.styles.js';

/** A sent session's answers with notes and proposed times: remind those who have not answered, move to a proposal or keep the time. */
export function SessionFollowUp(props: SessionFollowUpProps) {
  return renderSessionFollowUp(useSessionFollowUp(props), useSessionFollowUpStyles());
}
