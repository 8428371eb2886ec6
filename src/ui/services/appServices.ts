/**
 * The services the screens call, made once per signed-in person over the same Graph gateway, and handed
 * down through React context so a screen (or a component test) gets them with useAppServices().
 */
import { createContext, useContext } from 'react';
import { BUILT_IN_TEMPLATES } from '../../core/agenda/builtins/index.js';
import type { AgendaTemplate } from '../../core/agenda/model.js';
import { createGraphReads, createSessionCalendar, type GraphGateway, type GraphReads } from '../../graph/index.js';
import type { SessionCalendar } from '../../core/booking/sessionEvents.js';
import type { DistrictCalendar } from '../../core/district/districtCalendar.js';
import type { BookingService } from '../../services/booking/bookingService.js';
import { createFindTimeService, type FindTimeService } from '../../services/findTime/findTimeService.js';
import { createInvitesService, type InvitesService } from '../../services/invites/invitesService.js';
import { createManageService, type ManageService } from '../../services/booking/manageService.js';
import { nowMs } from '../common/today.js';
import type { DistrictSettings } from '../../services/relations/districtSettings.js';
import type { PartnershipService } from '../../services/relations/partnershipService.js';

export interface AppServices {
  /** The agenda templates offered: the district's with the built-ins (the built-ins until the server's arrive). */
  readonly templates: readonly AgendaTemplate[];
  readonly reads: GraphReads;
  readonly findTime: FindTimeService;
  readonly booking: BookingService;
  readonly invites: InvitesService;
  /** Booked sessions read from Graph (booked means booked, in any tab), moved and cancelled. */
  readonly sessions: SessionCalendar;
  /** Principal-supervisor partnerships: the supervisor's principals, where each stands, booking a stage. */
  readonly partnerships: PartnershipService;
  /** Move and cancel a booked session (one meeting or a whole series), and settle a series' closure dates. */
  readonly manage: ManageService;
}

/** What the services need to know of the app besides Graph: the tab's clock and the district's calendar. */
export interface AppSettings {
  readonly now: () => number;
  readonly districtCalendar?: DistrictCalendar;
}

/** `district`: the district's settings (evaluators, the peer-coaching calendar), read once when first needed. */
export function createAppServices(
  graph: GraphGateway,
  templates: readonly AgendaTemplate[] = BUILT_IN_TEMPLATES,
  district: () => Promise<DistrictSettings> = async () => ({ evaluators: [] }),
  app: AppSettings = { now: nowMs },
): AppServices {
  const reads = createGraphReads(graph);
  let settings: Promise<DistrictSettings> | undefined;
  const sessions = createSessionCalendar(graph);
  return {
    templates,
    reads,
    sessions,
    manage: createManageService(sessions, { now: app.now, ...(app.districtCalendar && { districtCalendar: app.districtCalendar }) }),
    findTime: createFindTimeService(
      reads,
      { gateway: graph, district: () => (settings ??= district()), clock: nowMs },
      { now: app.now, ...(app.districtCalendar && { districtCalendar: app.districtCalendar }) },
    ),
    booking: lazyBookingService(graph, templates),
    partnerships: lazyPartnershipService(graph, templates),
    invites: createInvitesService(reads, graph, nowMs),
  };
}

/**
 * Booking runs in the browser as the signed-in coach, through the same Graph gateway. It is loaded on first
 * use (it brings the agenda renderer), so opening the app stays quick.
 */
function lazyBookingService(graph: GraphGateway, templates: readonly AgendaTemplate[]): BookingService {
  let service: Promise<BookingService> | undefined;
  const load = () => (service ??= import('../../services/booking/bookingService.js').then(({ createBookingService }) => createBookingService(graph, { templates })));
  return {
    book: async (plan, onProgress) => (await load()).book(plan, onProgress),
    bookWalks: async (input, options) => (await load()).bookWalks(input, options),
    inviteVisitors: async (planOrId) => (await load()).inviteVisitors(planOrId),
    walkStatus: async (planOrId) => (await load()).walkStatus(planOrId),
    walkRotations: async () => (await load()).walkRotations(),
    respond: async (eventId, action, input) => (await load()).respond(eventId, action, input),
    answers: async (eventId) => (await load()).answers(eventId),
  };
}

/** Partnerships load with the Partnerships screen's first use (they bring booking and the agenda renderer). */
function lazyPartnershipService(graph: GraphGateway, templates: readonly AgendaTemplate[]): PartnershipService {
  let service: Promise<PartnershipService> | undefined;
  const load = () => (service ??= import('../../services/relations/partnershipService.js').then(({ createPartnershipService }) => createPartnershipService(graph, { templates })));
  return {
    mine: async () => (await load()).mine(),
    check: async (me, principal) => (await load()).check(me, principal),
    book: async (request, onProgress) => (await load()).book(request, onProgress),
  };
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices: render the screen inside <AppServicesContext.Provider>.');
  return services;
}

/** The agenda templates offered in the tab. */
export function useTemplates(): readonly AgendaTemplate[] {
  return useAppServices().templates;
}
