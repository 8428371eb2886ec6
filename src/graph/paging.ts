/**
 * Collections that span pages: follow `@odata.nextLink` unchanged until it is absent
 * (concepts/paging.md). The SDK's PageIterator is callback-driven and only understands https links;
 * this is the same walk as an async iterator, refusing links to any host but the gateway's own.
 */
import type { GraphCaller } from './graphCaller.js';
import { GraphRequestError, type GraphOperation } from './graphRequestError.js';
import { relativeToRoot } from './mailbox.js';

export interface PagedResult<T> extends AsyncIterable<T> {
  /** Every item of every page, in order. */
  collect(): Promise<T[]>;
}

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

export function paged<T>(graph: GraphCaller, firstPath: string, operation: GraphOperation, headers?: Readonly<Record<string, string>>): PagedResult<T> {
  async function* items(): AsyncGenerator<T> {
    let path: string | undefined = firstPath;
    const visited = new Set<string>();
    while (path !== undefined) {
      visited.add(path);
      const page: Page<T> = await graph.call<Page<T>>({ method: 'GET', path, operation, ...(headers ? { headers } : {}) });
      yield* page.value ?? [];
      const next = page['@odata.nextLink'];
      if (next === undefined || next === null) return;
      const relative = relativeToRoot(next, graph.apiRoot);
      if (relative === undefined || visited.has(relative)) {
        throw new GraphRequestError({
          kind: 'invalidResponse',
          status: 200,
          code: 'badNextLink',
          operation,
          graphMessage: relative === undefined ? `the next page is on another host: ${next}` : 'the next page link repeats an earlier page',
        });
      }
      path = relative;
    }
  }
  return {
    [Symbol.asyncIterator]: items,
    async collect() {
      const all: T[] = [];
      for await (const item of items()) all.push(item);
      return all;
    },
  };
}
