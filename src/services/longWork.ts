/** What every long use case takes and tells: a stop signal, and progress a screen can show and announce. */

export interface WorkProgress {
  /** One line for a live region: "Reading free/busy for 12 people: 3 of 4 parts done...". */
  readonly message: string;
  readonly done?: number;
  readonly total?: number;
}

export interface LongWorkOptions<P extends WorkProgress = WorkProgress> {
  /** Stops the work at its next step; the call then rejects with an AbortError. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: P) => void;
}

function abortError(): Error {
  const error = new Error('Stopped.');
  error.name = 'AbortError';
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** The promise's answer, unless the signal stops first: then an AbortError at once (the answer, when it comes, is dropped). */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  throwIfAborted(signal);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(abortError());
    signal.addEventListener('abort', stop, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', stop);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(error);
      },
    );
  });
}
