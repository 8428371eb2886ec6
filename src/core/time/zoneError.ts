/** Bad time zone input: `field` names where it came from (e.g. `value[2].workingHours.timeZone`). */
export class InvalidTimeZoneError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidTimeZoneError';
  }
}

/** A date-time string that cannot be read, or one that names no real instant. */
export class InvalidDateTimeError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidDateTimeError';
  }
}
