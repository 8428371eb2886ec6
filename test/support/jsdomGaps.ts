/**
 * Browser APIs jsdom does not have and Fluent UI calls. A ResizeObserver that never reports is what a
 * page whose layout never changes would see; nothing in a component test depends on sizes.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const target = globalThis as unknown as { ResizeObserver?: unknown; window?: { ResizeObserver?: unknown } };
target.ResizeObserver ??= NoResizeObserver;
if (target.window) target.window.ResizeObserver ??= NoResizeObserver;
