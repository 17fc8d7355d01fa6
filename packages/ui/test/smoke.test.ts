import { expect, test } from 'vitest';
test('runs in a browser', () => { expect(typeof document).toBe('object'); });
