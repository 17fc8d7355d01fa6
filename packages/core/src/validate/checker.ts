import { closest } from './closest.js';
import { describe } from './describe.js';
import type { Issue } from './issue.js';
import { index, key } from './path.js';

export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  /** The value must be strictly above `min`. */
  readonly exclusiveMin?: boolean;
  readonly integer?: boolean;
}

/** A nested array of numbers of known rank: number, number[], number[][], ... */
export type Nested = number | Nested[];

/**
 * Collects every issue of a problem in one pass. Each reader returns the value it accepted, or
 * undefined after recording why not, so validators read top to bottom without early exits and
 * report all errors at once.
 */
export class Checker {
  readonly issues: Issue[] = [];

  fail(path: string, message: string): undefined {
    this.issues.push({ path, message });
    return undefined;
  }

  /** A plain object whose keys all belong to `known`; unknown keys are errors with a suggestion. */
  object(value: unknown, path: string, known: readonly string[]): Record<string, unknown> | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return this.fail(path, `expected an object, got ${describe(value)}`);
    }
    const record = value as Record<string, unknown>;
    for (const name of Object.keys(record)) {
      if (known.includes(name)) continue;
      const guess = closest(name, known);
      this.fail(
        key(path, name),
        `unknown key${guess ? ` (did you mean "${guess}"?)` : ''}; known keys: ${known.join(', ')}`,
      );
    }
    return record;
  }

  /** A required key: records `missing` when absent. */
  required(record: Record<string, unknown>, path: string, name: string): unknown {
    if (record[name] === undefined) this.fail(key(path, name), 'required');
    return record[name];
  }

  number(value: unknown, path: string, rule: NumberRule = {}): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.fail(
        path,
        `expected ${rule.integer ? 'an integer' : 'a finite number'}, got ${describe(value)}`,
      );
    }
    if (rule.integer && !Number.isInteger(value)) return this.fail(path, `expected an integer, got ${value}`);
    if (rule.min !== undefined && (rule.exclusiveMin ? value <= rule.min : value < rule.min)) {
      return this.fail(path, `expected a number ${rule.exclusiveMin ? '>' : '>='} ${rule.min}, got ${value}`);
    }
    if (rule.max !== undefined && value > rule.max) {
      return this.fail(path, `expected a number <= ${rule.max}, got ${value}`);
    }
    return value;
  }

  integer(value: unknown, path: string, rule: Omit<NumberRule, 'integer'> = {}): number | undefined {
    return this.number(value, path, { ...rule, integer: true });
  }

  /** An integer or a [row, column] pair of integers, as PyTorch accepts for stride, padding, ... */
  pair(value: unknown, path: string, rule: Omit<NumberRule, 'integer'> = {}): [number, number] | undefined {
    if (Array.isArray(value)) {
      if (value.length !== 2)
        return this.fail(path, `expected an integer or a pair [rows, columns], got ${describe(value)}`);
      const a = this.integer(value[0], index(path, 0), rule);
      const b = this.integer(value[1], index(path, 1), rule);
      return a === undefined || b === undefined ? undefined : [a, b];
    }
    if (typeof value !== 'number') {
      return this.fail(path, `expected an integer or a pair [rows, columns], got ${describe(value)}`);
    }
    const n = this.integer(value, path, rule);
    return n === undefined ? undefined : [n, n];
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === 'boolean'
      ? value
      : this.fail(path, `expected true or false, got ${describe(value)}`);
  }

  string(value: unknown, path: string): string | undefined {
    return typeof value === 'string' ? value : this.fail(path, `expected a string, got ${describe(value)}`);
  }

  /** One of `options`; absent, it is required (a key that may be left out is checked only when given). */
  oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T | undefined {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    const listed = options.map((o) => `"${o}"`).join(', ');
    if (value === undefined) return this.fail(path, `required, one of ${listed}`);
    const guess = typeof value === 'string' ? closest(value, options) : undefined;
    return this.fail(
      path,
      `expected one of ${listed}, got ${describe(value)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
    );
  }

  /**
   * A rectangular array of finite numbers. `nouns` names each axis for messages (`channels`, `rows`,
   * `columns`); `sizes` fixes the lengths that are known (undefined: taken from the first element, so
   * ragged arrays are caught). Returns the data and its shape, or undefined.
   */
  tensor(
    value: unknown,
    path: string,
    nouns: readonly string[],
    sizes: readonly (number | undefined)[] = [],
  ): { data: Nested; shape: number[] } | undefined {
    const before = this.issues.length;
    const shape: number[] = [];
    const walk = (v: unknown, p: string, depth: number): void => {
      if (depth === nouns.length) {
        this.number(v, p);
        return;
      }
      if (!Array.isArray(v)) {
        this.fail(p, `expected an array of ${nouns[depth]}, got ${describe(v)}`);
        return;
      }
      const want = shape[depth] ?? sizes[depth];
      if (want !== undefined && v.length !== want) {
        this.fail(p, `expected ${want} ${nouns[depth]}, got ${v.length}`);
        return;
      }
      if (v.length === 0) {
        this.fail(p, `expected ${nouns[depth]}, got an empty array`);
        return;
      }
      shape[depth] ??= v.length;
      v.forEach((item, i) => walk(item, index(p, i), depth + 1));
    };
    walk(value, path, 0);
    return this.issues.length === before ? { data: value as Nested, shape } : undefined;
  }

  /** Guards work size: a message instead of a frozen tab. */
  limit(count: number, max: number, path: string, what: string): boolean {
    if (count <= max) return true;
    this.fail(path, `${what} is ${count}, over the limit of ${max}`);
    return false;
  }
}
