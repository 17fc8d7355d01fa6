import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { readableWhileBusy } from '../src/readable-while-busy.svelte.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => vi.useRealTimers());

/** A source and a busy flag, and what the worked panel would show of the source. */
function follow() {
  const state = $state({ value: 0, busy: false });
  let shown = () => -1;
  const stop = $effect.root(() => {
    shown = readableWhileBusy(
      () => state.value,
      () => state.busy,
    );
  });
  flushSync();
  const set = (value: number) => {
    state.value = value;
    flushSync();
  };
  return { state, set, shown: () => shown(), stop };
}

test('not busy, every change shows at once', () => {
  const { set, shown, stop } = follow();
  for (const value of [1, 2, 3]) {
    set(value);
    expect(shown()).toBe(value);
  }
  stop();
});

test('busy, changes show at most every 100 ms, and the latest shows at the end of each interval', () => {
  const { state, set, shown, stop } = follow();
  state.busy = true;
  // A change when the last one shown is older than the interval shows at once.
  vi.advanceTimersByTime(200);
  set(1);
  expect(shown()).toBe(1);
  vi.advanceTimersByTime(16);
  set(2);
  vi.advanceTimersByTime(16);
  set(3);
  expect(shown()).toBe(1);
  vi.advanceTimersByTime(68);
  flushSync();
  expect(shown()).toBe(3);
  // No further change: nothing stale is left behind when the busy spell goes quiet.
  vi.advanceTimersByTime(500);
  flushSync();
  expect(shown()).toBe(3);
  stop();
});

test('the end of the busy spell shows the latest value at once', () => {
  const { state, set, shown, stop } = follow();
  state.busy = true;
  set(1);
  vi.advanceTimersByTime(10);
  set(2);
  expect(shown()).toBe(0);
  state.busy = false;
  flushSync();
  expect(shown()).toBe(2);
  stop();
});
