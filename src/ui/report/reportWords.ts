/** How the report's figures read on screen. */
import { browserZone, formatNumber, formatShortDate, formatWhen } from '../common/formatTime.js';
import type { SessionAnswer } from '../../core/report/model.js';

export const hoursText = (hours: number): string => `${formatNumber(hours)} h`;

/** `2026-10-19` as "Oct 19" (in the reader's locale). */
export const shortDate = (isoDate: string): string => formatShortDate(isoDate);

/** An ISO time with offset as "Tuesday, October 20, 3:30 PM Eastern", in the reader's locale and zone. */
export const sessionTime = (iso: string): string => formatWhen(Date.parse(iso), browserZone());

export const ANSWER_WORDS: Record<SessionAnswer, string> = { accepted: 'Accepted', tentative: 'Tentative', pending: 'Not answered yet', declined: 'Declined' };
