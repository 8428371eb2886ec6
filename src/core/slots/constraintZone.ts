import { IANAZone } from 'luxon';
import { findIana } from 'windows-iana';
import { InvalidOptionError } from './errors.js';

/** The IANA zone for a constraint's zone name, IANA or Windows ("Eastern Standard Time"), or a named error. */
export function resolveConstraintZone(name: unknown, field: string): string {
  if (typeof name === 'string' && name.trim() !== '') {
    if (IANAZone.isValidZone(name)) return name;
    const iana = findIana(name)?.[0];
    if (iana !== undefined && IANAZone.isValidZone(iana)) return iana;
  }
  throw new InvalidOptionError(field, `${field}: unknown time zone ${JSON.stringify(name)}; use an IANA name like "America/New_York".`);
}
