/**
 * The services the screens call, made once per signed-in person over the same Graph gateway, and handed
 * down through React context so a screen (or a component test) gets them with useAppServices().
 */
import { createContext, useContext } from 'react';
import type { AgendaTemplate } from '../../core/agenda/model.js';
import { createGraphReads, type GraphGateway, type GraphReads } from '../../graph/index.js';
import type { BookingService } from '../../services/booking/bookingService.js';
import { createFindTimeService, type FindTimeService } from '../../services/findTime/findTimeService.js';
import { createInvitesService, type InvitesService } from '../../services/invites/invitesService.js';

export interface AppServices {
  readonly reads: GraphReads;
  readonly findTime: FindTimeService;
  readonly booking: BookingService;
  readonly invites: InvitesService;
}

export interface AppServicesOptions {
  /** The district's agenda templates with the built-ins; default the built-ins. */
  readonly templates?: () => Promise<readonly AgendaTemplate[]>;
}

export function createAppServices(graph: GraphGateway, options: AppServicesOptions = {}): AppServices {
  const reads = createGraphReads(graph);
  return {
    reads,
    findTime: createFindTimeService(reads),
    booking: lazyBookingService(graph, options.templates),
    invites: createInvitesService(reads, graph),
  };
}

/**
 * Booking runs in the browser as the signed-in coach, through the same Graph gateway. It is loaded on first
 * use (it brings the agenda renderer), so opening the app stays quick.
 */
function lazyBookingService(graph: GraphGateway, templates?: () => Promise<readonly AgendaTemplate[]>): BookingService {
  let service: Promise<BookingService> | undefined;
  const load = () => (service ??= Promise.all([import('../../services/booking/bookingService.js'), templates?.() ?? Promise.resolve(undefined)])
    .then(([{ createBookingService }, found]) => createBookingService(graph, found ? { templates: found } : {})));
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

export const AppServicesContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices: render the screen inside <AppServicesContext.Provider>.');
  return services;
}
