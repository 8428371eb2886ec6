/** Graph's responseStatus.response in the words a coach reads next to a name. */
export const ANSWER_WORDS: Readonly<Record<string, string>> = {
  accepted: 'accepted',
  tentativelyAccepted: 'tentative',
  declined: 'declined',
  notResponded: 'no answer yet',
  none: 'no answer yet',
};
