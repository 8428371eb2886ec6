/**
 * A small router for the `/v1.0` surface. Patterns are written the way Graph's docs print paths,
 * `router.add('POST', '/users/{userId}/calendar/getSchedule', handler)`, and match case-insensitively
 * (Graph accepts `getschedule` as well as `getSchedule`). The server rewrites `/me/...` to
 * `/users/{callerId}/...` before matching, so register only the `/users/{userId}/...` form.
 * A `{userId}` parameter is resolved by the server to the user's id (it may arrive as id or UPN).
 */
import type { Handler } from './types.js';

export interface Route {
  method: string;
  pattern: string;
  segments: string[];
  handler: Handler;
}

export type RouteMatch = { kind: 'found'; route: Route; params: Record<string, string> } | { kind: 'wrongMethod'; allowed: string[] } | { kind: 'none'; unknownSegment: string };

const PARAM = /^\{(\w+)\}$/;

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    const m = method.toUpperCase();
    const segments = splitPath(pattern);
    const clash = this.routes.find((r) => r.method === m && r.segments.join('/').toLowerCase() === segments.join('/').toLowerCase());
    if (clash) throw new Error(`Route ${m} ${pattern} is registered twice.`);
    this.routes.push({ method: m, pattern, segments, handler });
    return this;
  }

  /** All registered routes, e.g. for a test that lists the surface. */
  list(): ReadonlyArray<Pick<Route, 'method' | 'pattern'>> {
    return this.routes.map(({ method, pattern }) => ({ method, pattern }));
  }

  match(method: string, path: string): RouteMatch {
    const parts = splitPath(path).map((p) => safeDecode(p));
    const allowed: string[] = [];
    let found: { route: Route; params: Record<string, string> } | undefined;
    let deepest = 0;
    for (const route of this.routes) {
      const { params, matched } = matchSegments(route.segments, parts);
      deepest = Math.max(deepest, matched);
      if (!params) continue;
      if (route.method === method.toUpperCase()) {
        // A literal segment beats a parameter at the same place (e.g. /users/{userId} vs /users/delta).
        if (!found || specificity(route) > specificity(found.route)) found = { route, params };
      } else {
        allowed.push(route.method);
      }
    }
    if (found) return { kind: 'found', ...found };
    if (allowed.length > 0) return { kind: 'wrongMethod', allowed };
    return { kind: 'none', unknownSegment: parts[deepest] ?? parts[parts.length - 1] ?? '' };
  }
}

function specificity(route: Route): number {
  return route.segments.filter((s) => !PARAM.test(s)).length;
}

function matchSegments(pattern: string[], parts: string[]): { params?: Record<string, string>; matched: number } {
  const params: Record<string, string> = {};
  let matched = 0;
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    const got = parts[i];
    if (got === undefined) return { matched };
    const param = PARAM.exec(want);
    if (param) params[param[1]!] = got;
    else if (want.toLowerCase() !== got.toLowerCase()) return { matched };
    matched = i + 1;
  }
  if (parts.length !== pattern.length) return { matched };
  return { params, matched };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
