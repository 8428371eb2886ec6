/** Guards at the service's edge: a plan that did not come from the core, and errors worded for a coach. */
import { BookingInputError, type BookingPlan, type EventDraft } from '../../core/booking/index.js';

export function checkPlanShape(plan: BookingPlan): void {
  if (!plan || typeof plan !== 'object' || typeof plan.planId !== 'string' || !Array.isArray(plan.drafts)) {
    throw new BookingInputError('plan', 'build the plan with planSession, planWalks or planPairs from src/core/booking.');
  }
  if (plan.drafts.length === 0) throw new BookingInputError('plan.drafts', 'the plan has no event to book.');
  const keys = new Set<string>();
  plan.drafts.forEach((d, i) => {
    if (typeof d.transactionId !== 'string' || d.transactionId === '')
      throw new BookingInputError(`plan.drafts[${i}].transactionId`, 'is missing; build the draft with the core planners.');
    if (keys.has(d.key)) throw new BookingInputError(`plan.drafts[${i}].key`, `"${d.key}" appears twice; each event of a plan needs its own key.`);
    keys.add(d.key);
  });
}

/** The gateway's errors already say what failed and why for a person; anything else gets a plain sentence. */
export function errorMessage(error: unknown, draft: Pick<EventDraft, 'subject'> | undefined): string {
  const what = draft ? `"${draft.subject}"` : 'the plan';
  if (
    error instanceof Error &&
    (error.name === 'GraphRequestError' || error.name === 'GraphConflictError' || error.name === 'BookingInputError' || error.name === 'AgendaInputError')
  ) {
    return `${error.message} Nothing else was changed for ${what}; run the booking again to continue.`;
  }
  return `Something went wrong while booking ${what}; nothing was booked twice. Run the booking again to continue.`;
}
