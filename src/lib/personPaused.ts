/**
 * Waiting for the person to pause: for work that a tap must not meet. Kept apart from schedule.ts,
 * whose helpers the first page loads; only the offline copy uses this.
 */
import { whenThreadIdle } from './schedule';

/** What counts as the person doing something: touching, clicking or typing. */
const ACTIVITY = ['pointerdown', 'keydown'] as const;

/**
 * Resolves once the person has neither touched nor typed for `ms` ms, and then the main thread is
 * idle: for work that a tap must not meet, such as the service worker copying the whole app. A
 * person reading a page pauses; someone who knows the questions taps through them quickly, and
 * work that starts between two of their taps slows the second one (docs/performance.md).
 */
export function personPaused(ms: number, target: EventTarget = window): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const options = { capture: true, passive: true } as const;
    const finish = () => {
      for (const type of ACTIVITY) target.removeEventListener(type, restart, options);
      whenThreadIdle(resolve);
    };
    function restart() {
      clearTimeout(timer);
      timer = setTimeout(finish, ms);
    }
    for (const type of ACTIVITY) target.addEventListener(type, restart, options);
    restart();
  });
}
