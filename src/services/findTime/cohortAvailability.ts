/**
 * Free/busy for a cohort, turned into the engine's availability. The engine's reasons
 * name people by id; we give it each person's display name as id (made unique), so a coach reads
 * "one is out of office (Maria Lopez)" rather than an address.
 */
import { buildAvailability } from '../../core/availability/build.js';
import type { PersonAvailability } from '../../core/availability/model.js';
import type { ScheduleInput } from '../../core/availability/scheduleInput.js';
import type { DirectoryPerson } from '../../core/directory/model.js';

export interface CohortAvailability {
  /** In cohort order; `id` is the person's label. */
  readonly people: readonly PersonAvailability[];
  readonly byLabel: ReadonlyMap<string, DirectoryPerson>;
  /** The parsed schedules (ids are labels), for each person's working hours. */
  readonly inputs: readonly ScheduleInput[];
  /** People whose calendar could not be read, with Graph's reason. */
  readonly unreadable: readonly { readonly person: DirectoryPerson; readonly message: string }[];
}

/** Display names, with the address added where two people share a name. */
export function uniqueLabels(people: readonly DirectoryPerson[]): string[] {
  const counts = new Map<string, number>();
  for (const p of people) counts.set(p.displayName, (counts.get(p.displayName) ?? 0) + 1);
  return people.map((p) => ((counts.get(p.displayName) ?? 0) > 1 ? `${p.displayName} <${p.mail}>` : p.displayName));
}

export function cohortAvailability(
  schedules: readonly ScheduleInput[],
  cohort: readonly DirectoryPerson[],
  window: { readonly start: number; readonly end: number },
  tentativeCountsAsFree: boolean,
): CohortAvailability {
  const labels = uniqueLabels(cohort);
  const byAddress = new Map(cohort.map((p, i) => [p.mail.toLowerCase(), labels[i]!]));
  const byLabel = new Map(cohort.map((p, i) => [labels[i]!, p]));
  const inputs = schedules.map((schedule) => {
    const label = byAddress.get(schedule.id.toLowerCase());
    if (label === undefined) throw new Error(`Free/busy came back for ${schedule.id}, who is not in the cohort.`);
    return { ...schedule, id: label };
  });
  const people = buildAvailability(inputs, window, { tentative: tentativeCountsAsFree ? 'free' : 'busy' });
  return {
    people,
    byLabel,
    inputs,
    unreadable: people.flatMap((p) => (p.error ? [{ person: byLabel.get(p.id)!, message: p.error.message }] : [])),
  };
}

/** The cohort's people split into those who decide a time and the optional ones (matched without letter case). */
export function splitOptional(people: readonly PersonAvailability[], byLabel: ReadonlyMap<string, DirectoryPerson>, optional: readonly string[] | undefined) {
  const marked = new Set((optional ?? []).map((a) => a.toLowerCase()));
  const isOptional = (p: PersonAvailability) => marked.has(byLabel.get(p.id)!.mail.toLowerCase());
  const required = people.filter((p) => !isOptional(p));
  if (required.length === 0) throw new RangeError('optional: everyone is marked optional; keep at least one person required, since optional people never decide the time.');
  return { required, optional: people.filter(isOptional) };
}
