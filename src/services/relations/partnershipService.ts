/**
 * Partnerships as the tab calls them: the signed-in supervisor's principals and where each partnership
 * stands, a check of any principal (yours, or whose), and booking a stage with progress, answered in the
 * same outcome shapes as every other booking (booked, conflict with ways forward, failed), or not yours,
 * or a field to fix.
 */
import type { AgendaTemplate } from '../../core/agenda/index.js';
import type { BookingPerson } from '../../core/booking/index.js';
import { bookingOutcome, type BookingOutcome } from '../booking/bookingService.js';
import type { BookingProgress } from '../booking/outcomes.js';
import {
  bookPartnershipStage,
  myPartnerships,
  partnershipWith,
  type PartnershipBookingRequest,
  type PartnershipGateway,
  type PartnershipView,
  type YourPartnership,
} from './partnership.js';

export type PartnershipOutcome =
  BookingOutcome | { readonly status: 'notYours'; readonly message: string } | { readonly status: 'invalid'; readonly field: string; readonly message: string };

export interface PartnershipService {
  /** The principals who report to the signed-in person, each with the stages booked and the next. */
  mine(): Promise<YourPartnership[]>;
  /** Whether `me` supervises this principal; if not, whose principal it is, in words. */
  check(me: BookingPerson, principal: BookingPerson): Promise<PartnershipView>;
  /** Books one stage (the templates default to the service's). */
  book(request: Omit<PartnershipBookingRequest, 'templates'>, onProgress?: (progress: BookingProgress) => void): Promise<PartnershipOutcome>;
}

export function createPartnershipService(gateway: PartnershipGateway, options: { readonly templates?: readonly AgendaTemplate[] } = {}): PartnershipService {
  return {
    mine: () => myPartnerships(gateway),
    check: (me, principal) => partnershipWith(gateway, me, principal),
    async book(request, onProgress) {
      const result = await bookPartnershipStage(gateway, { ...request, ...(options.templates ? { templates: options.templates } : {}) }, onProgress ? { onProgress } : {});
      return result.status === 'booked' ? bookingOutcome(result.report) : result;
    },
  };
}
