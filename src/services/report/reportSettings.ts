/**
 * Where the report finds the district: its zone, its weekly target, who the principals are and whose
 * calendars may hold Common Time sessions (coaches, supervisors; principals who host are read too).
 * A Microsoft 365 group is the precise choice in production; job titles are the fallback the demo uses.
 */
export interface ReportSettings {
  /** The district's zone (IANA or Windows name): the window runs from `from` 00:00 to the end of `to` in it. */
  readonly timeZone: string;
  /** Protected hours per principal per week the district aims for (0: no target). */
  readonly targetHoursPerWeek: number;
  /** A group whose members are the district's principals; else users whose jobTitle is `principalJobTitle`. */
  readonly principalsGroupId?: string;
  readonly principalJobTitle: string;
  /** A group whose members organize sessions (coaches, supervisors); else users with these job titles. */
  readonly organizersGroupId?: string;
  readonly organizerJobTitles: readonly string[];
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  timeZone: 'America/New_York',
  targetHoursPerWeek: 1,
  principalJobTitle: 'Principal',
  organizerJobTitles: ['Principal Coach', 'Principal Supervisor'],
};
