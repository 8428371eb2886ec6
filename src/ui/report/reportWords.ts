/** How the report's figures read on screen. */
import { DateTime } from 'luxon';
import type { SessionAnswer } from '../../core/report/model.js';

export const hoursText = (hours: number): string => `${hours.toLocaleString('en-US', { maximumFractionDigits: 2 })} h`;

/** `2026-10-19` as "Oct 19". */
export const shortDate = (isoDate: string): string => DateTime.fromISO(isoDate).toFormat('LLL d');

/** An ISO time with offset as "Tue Oct 20, 3:30 PM", in the district's zone it was written in. */
export const sessionTime = (iso: string): string => DateTime.fromISO(iso, { setZone: true }).toFormat('ccc LLL d, h:mm a');

export const ANSWER_WORDS: Record<SessionAnswer, string> = { accepted: 'Accepted', tentative: 'Tentative', pending: 'Not answered yet', declined: 'Declined' };
