import { describe, expect, it } from '@jest/globals';
import { isClosed, isSchoolDay, schoolClosures } from '../../src/sim/seed/holidays.js';

describe('schoolClosures', () => {
  it('finds Thanksgiving (Wednesday to Friday) and winter break by rule', () => {
    const c = schoolClosures('2026-11-01', '2027-01-10');
    expect(c.map((x) => [x.name, x.first, x.last])).toEqual([
      ['Thanksgiving break', '2026-11-25', '2026-11-27'],
      ['Winter break', '2026-12-22', '2027-01-02'],
    ]);
  });

  it('finds Monday holidays by their weekday rule', () => {
    const c = schoolClosures('2027-01-01', '2027-06-01');
    const byName = Object.fromEntries(c.map((x) => [x.name, x.first]));
    expect(byName['Martin Luther King Jr. Day']).toBe('2027-01-18');
    expect(byName["Presidents' Day"]).toBe('2027-02-15');
    expect(byName['Memorial Day']).toBe('2027-05-31');
    expect(byName['Spring break']).toBe('2027-03-08');
  });

  it('answers whether a date is closed, ends included', () => {
    const c = schoolClosures('2026-11-01', '2026-11-30');
    expect(isClosed(c, '2026-11-25')).toBe(true);
    expect(isClosed(c, '2026-11-27')).toBe(true);
    expect(isClosed(c, '2026-11-24')).toBe(false);
    expect(isClosed(c, '2026-11-30')).toBe(false);
  });

  it('marks the summer as no classes (staff still work), and Independence Day as closed, observed on a weekday', () => {
    const c = schoolClosures('2027-06-01', '2027-08-31');
    const summer = c.find((x) => x.name === 'Summer break')!;
    expect([summer.first, summer.last, summer.kind]).toEqual(['2027-06-12', '2027-08-08', 'noStudents']);
    expect(isClosed(c, '2027-07-14')).toBe(false);
    expect(isSchoolDay(c, '2027-07-14')).toBe(false);
    expect(isSchoolDay(c, '2027-06-11')).toBe(true);
    expect(isSchoolDay(c, '2027-08-09')).toBe(true);
    expect(isSchoolDay(c, '2027-08-07')).toBe(false);
    // 2027-07-04 is a Sunday: observed Monday the 5th. 2026-07-04 is a Saturday: Friday the 3rd.
    expect(isClosed(c, '2027-07-05')).toBe(true);
    expect(isClosed(schoolClosures('2026-07-01', '2026-07-31'), '2026-07-03')).toBe(true);
  });
});
