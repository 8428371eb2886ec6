/** A booking input that cannot become an event: `field` names it, the message says how to fix it. */
export class BookingInputError extends RangeError {
  constructor(
    readonly field: string,
    readonly fix: string,
  ) {
    super(`${field}: ${fix}`);
    this.name = 'BookingInputError';
  }
}
