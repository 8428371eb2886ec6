/**
 * Principal-supervisor partnerships: the signed-in supervisor books, one stage at a time and in order, with
 * one of their own principals (their manager in the directory). Someone booking for a principal who is not
 * theirs is told whose the principal is, and nothing is booked.
 */
import {
  nextStage,
  planPartnershipStage,
  type BookedStage,
  type BookingPerson,
  type HostSchool,
  type PartnershipStage,
  type AgendaChoice,
  BookingInputError,
} from '../../core/booking/index.js';
import { AgendaInputError, type AgendaTemplate } from '../../core/agenda/index.js';
import type { RecurrenceSpec } from '../../core/planning/index.js';
import type { Interval } from '../../core/time/interval.js';
import { createRelationsCalendar, type GraphGateway, type RelationsGraph } from '../../graph/index.js';
import { bookPlan, type BookPlanOptions } from '../booking/bookPlan.js';
import { agendaProblems } from '../booking/bookingService.js';
import type { BookingGateway } from '../booking/bookingGateway.js';
import type { BookingReport } from '../booking/outcomes.js';

export type PartnershipGateway = BookingGateway & RelationsGraph & Pick<GraphGateway, 'getRelationsMany' | 'listDirectReports'>;

export type PartnershipView =
  | {
      readonly status: 'yours';
      readonly principal: BookingPerson;
      readonly school?: HostSchool;
      /** Stages already in your calendar with this principal, in order. */
      readonly booked: readonly BookedStage[];
      /** The stage to book next, or null when all three are booked. */
      readonly next: PartnershipStage | null;
    }
  | { readonly status: 'notYours'; readonly principal: BookingPerson; readonly supervisor?: BookingPerson; readonly message: string };

export type YourPartnership = Extract<PartnershipView, { status: 'yours' }>;

const lower = (s: string | null | undefined): string => (s ?? '').trim().toLowerCase();

/** Whether `me` supervises this principal (from the directory's manager), and if so where the partnership stands. */
export async function partnershipWith(gateway: PartnershipGateway, me: BookingPerson, principal: BookingPerson): Promise<PartnershipView> {
  const [read] = await gateway.getRelationsMany([principal.address]);
  if (!read?.relations) {
    return {
      status: 'notYours',
      principal,
      message: `Who supervises ${principal.name ?? principal.address} could not be read (${read?.error?.message ?? 'no answer'}), so a partnership cannot be booked; try again, or ask your administrator for the User.Read.All permission.`,
    };
  }
  const manager = read.relations.managerAddress;
  if (lower(manager) !== lower(me.address)) {
    const who = principal.name ?? principal.address;
    if (!manager)
      return {
        status: 'notYours',
        principal,
        message: `${who} has no supervisor in the directory. Partnership sessions are one-to-one between a principal and their own supervisor; ask the district to set ${who}'s manager.`,
      };
    const supervisor = { address: manager, ...(read.relations.managerName ? { name: read.relations.managerName } : {}) };
    return {
      status: 'notYours',
      principal,
      supervisor,
      message: `${who} is not one of your principals: their supervisor is ${supervisor.name ?? manager}. Partnership sessions are one-to-one between a principal and their own supervisor, so ${supervisor.name ?? manager} books them.`,
    };
  }
  const calendar = createRelationsCalendar(gateway);
  const [booked, school] = await Promise.all([calendar.partnershipStages(principal.address), calendar.principalSchool(principal.address)]);
  return { status: 'yours', principal, ...(school ? { school } : {}), booked, next: nextStage(booked) };
}

/**
 * Where each partnership of the signed-in supervisor stands: every principal who reports to them in the
 * directory (their direct reports), with the stages booked in their calendar and the next one. One read of
 * the calendar and one batched read of the schools, however many principals.
 */
export async function myPartnerships(gateway: PartnershipGateway): Promise<YourPartnership[]> {
  const reports = await gateway.listDirectReports('me');
  if (reports.length === 0) return [];
  const addresses = reports.map((p) => p.mail);
  const calendar = createRelationsCalendar(gateway);
  const [stages, schools] = await Promise.all([calendar.partnershipStagesWith(addresses), calendar.principalSchools(addresses)]);
  return reports
    .map((p): YourPartnership => {
      const booked = stages.get(lower(p.mail)) ?? [];
      const school = schools.get(lower(p.mail));
      return { status: 'yours', principal: { address: p.mail, name: p.displayName }, ...(school ? { school } : {}), booked, next: nextStage(booked) };
    })
    .sort((a, b) => (a.principal.name ?? a.principal.address).localeCompare(b.principal.name ?? b.principal.address));
}

export interface PartnershipBookingRequest {
  readonly me: BookingPerson;
  readonly principal: BookingPerson;
  readonly stage: PartnershipStage;
  readonly timeZone: string;
  readonly slot?: Interval;
  readonly recurrence?: RecurrenceSpec;
  readonly agenda?: AgendaChoice;
  readonly templates?: readonly AgendaTemplate[];
}

export type PartnershipBooking =
  | { readonly status: 'notYours'; readonly message: string }
  | { readonly status: 'invalid'; readonly field: string; readonly message: string }
  | { readonly status: 'booked'; readonly report: BookingReport };

/** Books one stage with your own principal; the stages before it must be booked and come first. */
export async function bookPartnershipStage(gateway: PartnershipGateway, request: PartnershipBookingRequest, options: BookPlanOptions = {}): Promise<PartnershipBooking> {
  const view = await partnershipWith(gateway, request.me, request.principal);
  if (view.status === 'notYours') return { status: 'notYours', message: view.message };
  let plan;
  try {
    plan = planPartnershipStage({
      stage: request.stage,
      supervisor: request.me,
      principal: request.principal,
      ...(view.school ? { school: view.school } : {}),
      timeZone: request.timeZone,
      booked: view.booked,
      ...(request.slot ? { slot: request.slot } : {}),
      ...(request.recurrence ? { recurrence: request.recurrence } : {}),
      ...(request.agenda ? { agenda: request.agenda } : {}),
      ...(request.templates ? { templates: request.templates } : {}),
    });
  } catch (error) {
    if (error instanceof BookingInputError) return { status: 'invalid', field: error.field, message: error.message };
    if (error instanceof AgendaInputError) return { status: 'invalid', field: 'agenda', message: agendaProblems(error) };
    throw error;
  }
  return { status: 'booked', report: await bookPlan(gateway, plan, options) };
}
