/**
 * Move or cancel a booked session, as Outlook does for a meeting: Move offers the next times its people are
 * free (or a date and time typed in), checks the new time like a new booking and names any conflict with a
 * way forward; Cancel sends Graph's `cancel` with a message, for one meeting or the whole series, after
 * asking once more. Either way the dialog then shows what Graph holds.
 */
import type { ManageSessionProps } from './ManageSession.types.js';
import { renderManageSession } from './renderManageSession.js';
import { useManageSession } from './useManageSession.js';
import { useManageSessionStyles } from './useManageSessionStyles.styles.js';

export function ManageSession(props: ManageSessionProps) {
  return renderManageSession(useManageSession(props), useManageSessionStyles());
}
