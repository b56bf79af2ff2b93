/**
 * When to do work that a tap or the first page does not need (docs/performance.md, issue 22): after
 * the browser has painted what the person asked for, or once the page is idle. On a slow phone
 * every millisecond of work done inside a tap delays the new page by that much.
 */

/** Runs `task` just after the next paint: a frame, then a task of its own after it. */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** Runs `task` when the main thread has nothing else to do (at the latest after `timeout` ms). */
export function whenThreadIdle(task: () => void, timeout = 5000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 1);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const threadIdle = () => new Promise<void>((resolve) => whenThreadIdle(resolve));
const loaded = () =>
  typeof document === 'undefined' || document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));

/**
 * Resolves once the page is idle: loaded, `before` settled (what the first pages need), then no
 * request of ours for `quiet` ms and a free main thread. What is fetched after this (the later pages,
 * the texts they need, the offline copy) cannot slow the first page or the first taps.
 */
export async function pageIdle(before: Promise<unknown> = Promise.resolve(), quiet = 2000): Promise<void> {
  await loaded();
  await before.catch(() => undefined);
  await delay(quiet);
  await threadIdle();
}

/**
 * Runs the tasks one after another, each when the main thread is next idle; once `hurry` settles
 * (the person has moved on and will soon need them), every task left starts at once.
 */
export async function inTurn(tasks: readonly (() => unknown)[], hurry: Promise<unknown> = new Promise(() => {})): Promise<void> {
  let hurried = false;
  void hurry.then(() => (hurried = true));
  const run = async (task: () => unknown) => {
    try {
      await task();
    } catch {
      // A piece that fails (offline, say) is fetched again when a page needs it.
    }
  };
  const rest = [...tasks];
  while (rest.length > 0) {
    if (!hurried) await Promise.race([threadIdle(), hurry]);
    if (hurried) {
      await Promise.all(rest.map(run));
      return;
    }
    await run(rest.shift()!);
  }
}
