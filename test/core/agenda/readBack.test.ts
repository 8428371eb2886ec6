import { describe, expect, it } from '@jest/globals';
import { agendaFieldValue, presentsAt } from '../../../src/core/agenda/readBack.js';
import { planSession } from '../../../src/core/booking/index.js';

describe('reading back our own agenda', () => {
  const body = planSession({
    kind: 'cohortMeeting',
    organizer: { address: 'coach@d.example', name: 'Dana Reyes' },
    attendees: [
      { address: 'ana@d.example', name: 'Ana Rivera' },
      { address: 'ben@d.example', name: "Ben O'Kafor" },
    ],
    timeZone: 'America/New_York',
    slot: { start: Date.UTC(2027, 2, 2, 15), end: Date.UTC(2027, 2, 2, 16) },
    agenda: { fields: { presenter: "Ben O'Kafor", problemOfPractice: 'Chronic absence & tardies' } },
  }).drafts[0]!.bodyHtml;

  it('tells the presenting principal they present, and nobody else', () => {
    expect(agendaFieldValue(body, 'Presenting principal')).toBe("Ben O'Kafor");
    expect(presentsAt(body, "ben o'kafor")).toBe(true);
    expect(presentsAt(body, 'Ana Rivera')).toBe(false);
    expect(presentsAt('<p>No agenda</p>', 'Ana Rivera')).toBe(false);
  });
});
