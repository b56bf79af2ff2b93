/**
 * The offline copy waits for the person to pause (src/offline/serviceWorker.ts): it must not start
 * between two quick taps, and it must start once they stop touching and typing.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { personPaused } from '../../src/lib/personPaused';

describe('personPaused', () => {
  let page: EventTarget;
  let paused: boolean;
  const wait = (ms: number) => {
    paused = false;
    void personPaused(ms, page).then(() => (paused = true));
  };
  /** Lets the fake clock run `ms` and the resolved promise's callbacks after it. */
  const pass = async (ms: number) => {
    await vi.advanceTimersByTimeAsync(ms);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    page = new EventTarget();
  });
  afterEach(() => vi.useRealTimers());

  test('resolves once nothing has been touched or typed for the whole pause', async () => {
    wait(2000);
    await pass(1990);
    expect(paused).toBe(false);
    await pass(20);
    expect(paused).toBe(true);
  });

  test('a tap during the pause starts it again, and so does a key', async () => {
    wait(2000);
    await pass(1500);
    page.dispatchEvent(new Event('pointerdown'));
    await pass(1500);
    expect(paused).toBe(false);
    page.dispatchEvent(new Event('keydown'));
    await pass(1990);
    expect(paused).toBe(false);
    await pass(20);
    expect(paused).toBe(true);
  });

  test('someone tapping every second never pauses, however long they go on', async () => {
    wait(2000);
    for (let i = 0; i < 30; i++) {
      await pass(1000);
      page.dispatchEvent(new Event('pointerdown'));
    }
    expect(paused).toBe(false);
  });

  test('after the pause it stops listening: later taps cost nothing and change nothing', async () => {
    const removed: string[] = [];
    const remove = page.removeEventListener.bind(page);
    page.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: EventListenerOptions | boolean) => {
      removed.push(type);
      remove(type, listener, options);
    };
    wait(2000);
    await pass(2010);
    expect(paused).toBe(true);
    expect(removed.sort()).toEqual(['keydown', 'pointerdown']);
  });
});
