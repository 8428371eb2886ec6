/**
 * Bad input to the slot finder or its constraints. `field` names what the caller passed
 * (`durationMinutes`, `constraints.blackouts[2].date`), so a CLI or form can point at the right flag.
 */
export class InvalidOptionError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidOptionError';
  }
}
