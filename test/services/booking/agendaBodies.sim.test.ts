import { describe, expect, it } from '@jest/globals';
import { BUILT_IN_TEMPLATES, PROTECTED_LEAD, type AgendaTemplate } from '../../../src/core/agenda/index.js';
import { planSession, type BookingPlan } from '../../../src/core/booking/index.js';
import { bookPlan, cleanComment, inviteAnswers, respondToInvite } from '../../../src/services/booking/index.js';
import { collapse, findActiveContent, visibleText } from '../../core/agenda/support/inertHtml.js';
import { sampleValue, sampleValues, visiblePieces } from '../../core/agenda/support/sampleValues.js';
import { XSS_VECTORS } from '../../core/agenda/support/xssVectors.js';
import { eastern, HOUR, useBookingWorld, type BookingWorld, type Person } from './support/bookingWorld.js';

const world = useBookingWorld();

function planWith(w: BookingWorld, template: AgendaTemplate, fields: Record<string, unknown>, start: number, attendees: readonly Person[], subject?: string): BookingPlan {
  return planSession({
    kind: template.kind,
    organizer: w.coaches[1]!,
    attendees,
    timeZone: 'America/New_York',
    slot: { start, end: start + HOUR },
    agenda: { templateId: template.id, fields },
    ...(subject !== undefined ? { subject } : {}),
  });
}

/** What Graph stores is our HTML inside its own `<html><head><meta …></head><body>` wrapper; check what we sent. */
function agendaPart(stored: string): string {
  return /<body>([\s\S]*)<\/body>/i.exec(stored)?.[1] ?? stored;
}

async function bookOne(w: BookingWorld, plan: BookingPlan): Promise<{ organizer: string; attendee: string; subject: string }> {
  const outcome = (await bookPlan(w.gateway(w.coaches[1]!.address), plan)).outcomes[0]!;
  if (outcome.status !== 'created') throw new Error(`not booked: ${JSON.stringify(outcome)}`);
  const { slot, attendees, organizer } = plan.drafts[0]!;
  const [own] = w.eventsAt(organizer.address, slot.start, slot.end).filter((e) => e.transactionId === plan.drafts[0]!.transactionId);
  const [copy] = w.eventsAt(attendees[0]!.address, slot.start, slot.end);
  return { organizer: agendaPart(own!.body.content), attendee: agendaPart(copy!.body.content), subject: own!.subject };
}

describe('the agenda in the stored invite', () => {
  it.each(BUILT_IN_TEMPLATES.map((t, i) => [t.id, t, i] as const))(
    '%s: every field the coach filled in reaches the organizer’s and the attendees’ calendars',
    async (_id, template, i) => {
      const w = world();
      const values = sampleValues(template);
      const bodies = await bookOne(w, planWith(w, template, values, eastern(14, i % 5, `${9 + Math.floor(i / 5)}:00`), w.principals.slice(2 * i, 2 * i + 2)));
      for (const html of [bodies.organizer, bodies.attendee]) {
        expect(findActiveContent(html)).toEqual([]);
        const text = collapse(visibleText(html));
        expect(text).toContain(PROTECTED_LEAD);
        for (const field of template.fields) {
          for (const piece of visiblePieces(values[field.id]!)) expect({ field: field.id, found: text.includes(collapse(piece)) }).toEqual({ field: field.id, found: true });
        }
      }
    },
  );

  it('hostile input in every field, the subject and the answers’ comments stays inert in every stored copy', async () => {
    const w = world();
    const people = w.principals.slice(20, 22);
    await Promise.all(
      XSS_VECTORS.map(async (vector, v) => {
        const template = BUILT_IN_TEMPLATES[v % BUILT_IN_TEMPLATES.length]!;
        // url and date fields refuse such values outright (AgendaInputError); they get ordinary values here.
        const fields = Object.fromEntries(
          template.fields.map((f, i) => [f.id, f.type === 'url' || f.type === 'date' ? sampleValue(f, i) : f.type === 'list' ? [vector, `item ${vector}`] : vector]),
        );
        const start = eastern(16 + Math.floor(v / 30), Math.floor(v / 6) % 5, `${8 + (v % 6)}:00`);
        const plan = planWith(w, template, fields, start, people, `Session ${vector}`);
        const bodies = await bookOne(w, plan);
        expect({ vector, organizer: findActiveContent(bodies.organizer), attendee: findActiveContent(bodies.attendee) }).toEqual({ vector, organizer: [], attendee: [] });
        expect(bodies.subject).not.toMatch(/[\r\n]/);
        const copy = w.eventsAt(people[0]!.address, start, start + HOUR)[0]!;
        await respondToInvite(w.gateway(people[0]!.address), copy.id, v % 2 === 0 ? 'decline' : 'tentativelyAccept', { comment: `Sorry ${vector}` });
        const ownId = w.eventsAt(plan.drafts[0]!.organizer.address, start, start + HOUR).find((e) => e.transactionId === plan.drafts[0]!.transactionId)!.id;
        expect((await inviteAnswers(w.gateway(w.coaches[1]!.address), ownId))[0]!.response).toBe(v % 2 === 0 ? 'declined' : 'tentativelyAccepted');
        expect(findActiveContent(agendaPart(w.eventsAt(plan.drafts[0]!.organizer.address, start, start + HOUR).find((e) => e.id === ownId)!.body.content))).toEqual([]);
      }),
    );
  }, 60_000);

  it('a comment is sent as escaped text: inert as HTML, and the reader still sees what was typed', () => {
    for (const vector of XSS_VECTORS) {
      const sent = cleanComment(`Note: ${vector}`);
      expect({ vector, active: findActiveContent(sent) }).toEqual({ vector, active: [] });
      const typed = collapse(`Note: ${vector}`.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, ''));
      expect(collapse(visibleText(sent))).toBe(typed);
    }
    expect(() => cleanComment('x'.repeat(1001))).toThrow(/comment: the note is 1001 characters; keep it under 1000/);
  });
});
