import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { stepKeys } from '../src/step-keys.js';
import { Stepper } from '../src/stepper.svelte.js';

describe('Stepper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('moves and clamps to the ends', () => {
    const stepper = new Stepper({ length: () => 5 });
    stepper.previous();
    expect(stepper.index).toBe(0);
    stepper.next();
    stepper.next();
    expect(stepper.index).toBe(2);
    stepper.last();
    expect(stepper.index).toBe(4);
    stepper.next();
    expect(stepper.index).toBe(4);
    stepper.go(-3);
    expect(stepper.index).toBe(0);
    stepper.go(99);
    expect(stepper.index).toBe(4);
    stepper.first();
    expect(stepper.atStart).toBe(true);
  });

  test('initialStep is clamped into range', () => {
    expect(new Stepper({ length: () => 5, initialStep: 3 }).index).toBe(3);
    expect(new Stepper({ length: () => 5, initialStep: 40 }).index).toBe(4);
    expect(new Stepper({ length: () => 0, initialStep: 2 }).index).toBe(0);
  });

  test('whenever startsOver answers something new, the steps start again at the initial one', () => {
    let problem = $state(1);
    const stepper = new Stepper({ length: () => 5, initialStep: 1, startsOver: () => problem });
    stepper.go(3);
    expect(stepper.index).toBe(3);
    problem = 2;
    expect(stepper.index).toBe(1);
    stepper.next();
    expect(stepper.index).toBe(2);
  });

  test('a shrinking trace never leaves the index out of range', () => {
    let length = $state(10);
    const stepper = new Stepper({ length: () => length });
    stepper.go(8);
    length = 3;
    expect(stepper.index).toBe(2);
    expect(stepper.atEnd).toBe(true);
    length = 0;
    expect(stepper.index).toBe(0);
  });

  test('onchange reports user moves only when the index changes', () => {
    const changes: number[] = [];
    const stepper = new Stepper({ length: () => 3, onchange: (i) => changes.push(i) });
    stepper.next();
    stepper.last();
    stepper.last();
    stepper.first();
    expect(changes).toEqual([1, 2, 0]);
  });

  test('play walks at the chosen speed and stops at the end', () => {
    const stepper = new Stepper({ length: () => 4, speed: 2 });
    stepper.play();
    expect(stepper.playing).toBe(true);
    vi.advanceTimersByTime(499);
    expect(stepper.index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(stepper.index).toBe(1);
    stepper.speed = 8;
    vi.advanceTimersByTime(500);
    expect(stepper.index).toBe(2);
    vi.advanceTimersByTime(125);
    expect(stepper.index).toBe(3);
    expect(stepper.playing).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(stepper.index).toBe(3);
  });

  test('play from the end starts over; pause, toggle, reset and destroy stop the timer', () => {
    const stepper = new Stepper({ length: () => 3, initialStep: 2, speed: 1 });
    stepper.toggle();
    expect(stepper.index).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(stepper.index).toBe(1);
    stepper.toggle();
    vi.advanceTimersByTime(5000);
    expect(stepper.index).toBe(1);
    stepper.play();
    stepper.reset();
    expect(stepper.playing).toBe(false);
    expect(stepper.index).toBe(0);
    stepper.play();
    stepper.destroy();
    vi.advanceTimersByTime(5000);
    expect(stepper.index).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a one-step trace does not play', () => {
    const stepper = new Stepper({ length: () => 1 });
    stepper.play();
    expect(stepper.playing).toBe(false);
  });
});

describe('stepKeys', () => {
  function press(key: string, target: Element, init: KeyboardEventInit = {}) {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
  }

  test('arrows, Home/End and Space drive the stepper from the widget root', () => {
    const root = document.createElement('div');
    const plain = document.createElement('span');
    root.append(plain);
    document.body.append(root);
    const stepper = new Stepper({ length: () => 5 });
    root.addEventListener('keydown', stepKeys(stepper));
    press('ArrowRight', plain);
    press('ArrowRight', plain);
    expect(stepper.index).toBe(2);
    press('ArrowLeft', plain);
    expect(stepper.index).toBe(1);
    press('End', plain);
    expect(stepper.index).toBe(4);
    press('Home', plain);
    expect(stepper.index).toBe(0);
    expect(press(' ', plain).defaultPrevented).toBe(true);
    expect(stepper.playing).toBe(true);
    stepper.destroy();
    root.remove();
  });

  test('keys typed into fields, keys with modifiers, handled keys and Space on buttons are left alone', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<input><select></select><textarea></textarea><div contenteditable="true"><b>x</b></div><button>b</button><span>s</span>';
    document.body.append(root);
    const stepper = new Stepper({ length: () => 5 });
    root.addEventListener('keydown', stepKeys(stepper));
    for (const selector of ['input', 'select', 'textarea', 'b'])
      press('ArrowRight', root.querySelector(selector)!);
    press('ArrowRight', root.querySelector('span')!, { ctrlKey: true });
    const handled = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true });
    handled.preventDefault();
    root.querySelector('span')!.dispatchEvent(handled);
    expect(stepper.index).toBe(0);
    press(' ', root.querySelector('button')!);
    expect(stepper.playing).toBe(false);
    root.remove();
  });

  test('a lock switches the keys off', () => {
    const target = document.createElement('span');
    document.body.append(target);
    const stepper = new Stepper({ length: () => 5 });
    target.addEventListener(
      'keydown',
      stepKeys(stepper, () => false),
    );
    press('ArrowRight', target);
    expect(stepper.index).toBe(0);
    target.remove();
  });
});
