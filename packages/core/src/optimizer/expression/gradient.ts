import type { Expr } from './ast.js';
import { FUNCTIONS } from './functions.js';
import { compileValue } from './value.js';
import { isConstant } from './variables.js';

/** Writes ∂f/∂x into out[0] and ∂f/∂y into out[1], returns f: nothing is allocated per call. */
export type GradientFunction = (x: number, y: number, out: Float64Array) => number;

/** A compiled node returns its value and leaves its two partials in the shared buffer at `slot`. */
interface Compiled {
  readonly run: (x: number, y: number) => number;
  readonly slot: number;
  /** The node's value when it uses no variable (its partials are then 0). */
  readonly constant: number | undefined;
}

function size(node: Expr): number {
  switch (node.kind) {
    case 'number':
    case 'variable':
      return 1;
    case 'negate':
      return 1 + size(node.operand);
    case 'call':
      return 1 + size(node.argument);
    case 'binary':
      return 1 + size(node.left) + size(node.right);
  }
}

/**
 * Forward-mode differentiation compiled into closures: each node computes its value and its
 * partials from its children's, so the gradient is exact (d|u|/du = sign(u), sign(0) = 0).
 */
class Builder {
  private used = 0;

  constructor(private readonly d: Float64Array) {}

  private slot(dx = 0, dy = 0): number {
    const s = this.used;
    this.used += 2;
    this.d[s] = dx;
    this.d[s + 1] = dy;
    return s;
  }

  node(node: Expr): Compiled {
    if (isConstant(node)) return this.constant(compileValue(node)(0, 0));
    switch (node.kind) {
      case 'number':
        return this.constant(node.value);
      case 'variable':
        return node.name === 'x'
          ? { run: (x) => x, slot: this.slot(1, 0), constant: undefined }
          : { run: (_x, y) => y, slot: this.slot(0, 1), constant: undefined };
      case 'negate':
        return this.scaled(this.node(node.operand), -1);
      case 'call':
        return this.call(node.name, this.node(node.argument));
      case 'binary': {
        const a = this.node(node.left);
        const b = this.node(node.right);
        switch (node.operator) {
          case '+':
            return this.sum(a, b, 1);
          case '-':
            return this.sum(a, b, -1);
          case '*':
            return this.product(a, b);
          case '/':
            return this.quotient(a, b);
          case '^':
            return this.power(a, b);
        }
      }
    }
  }

  private constant(c: number): Compiled {
    return { run: () => c, slot: this.slot(), constant: c };
  }

  private made(run: (x: number, y: number) => number, slot: number): Compiled {
    return { run, slot, constant: undefined };
  }

  /** k·u for a constant k. */
  private scaled(a: Compiled, k: number): Compiled {
    const { d } = this;
    const s = this.slot();
    const as = a.slot;
    const u = a.run;
    return this.made((x, y) => {
      const v = u(x, y);
      d[s] = k * d[as]!;
      d[s + 1] = k * d[as + 1]!;
      return k * v;
    }, s);
  }

  /** a + sign·b; at most one side is constant (constant pairs were folded). */
  private sum(a: Compiled, b: Compiled, sign: 1 | -1): Compiled {
    const { d } = this;
    const s = this.slot();
    const [as, bs, u, w] = [a.slot, b.slot, a.run, b.run];
    if (b.constant !== undefined) {
      const c = sign * b.constant;
      return this.made((x, y) => {
        const v = u(x, y);
        d[s] = d[as]!;
        d[s + 1] = d[as + 1]!;
        return v + c;
      }, s);
    }
    if (a.constant !== undefined) {
      const c = a.constant;
      return this.made((x, y) => {
        const v = w(x, y);
        d[s] = sign * d[bs]!;
        d[s + 1] = sign * d[bs + 1]!;
        return c + sign * v;
      }, s);
    }
    return this.made((x, y) => {
      const p = u(x, y);
      const q = w(x, y);
      d[s] = d[as]! + sign * d[bs]!;
      d[s + 1] = d[as + 1]! + sign * d[bs + 1]!;
      return p + sign * q;
    }, s);
  }

  private product(a: Compiled, b: Compiled): Compiled {
    if (a.constant !== undefined) return this.scaled(b, a.constant);
    if (b.constant !== undefined) return this.scaled(a, b.constant);
    const { d } = this;
    const s = this.slot();
    const [as, bs, u, w] = [a.slot, b.slot, a.run, b.run];
    return this.made((x, y) => {
      const p = u(x, y);
      const q = w(x, y);
      d[s] = p * d[bs]! + q * d[as]!;
      d[s + 1] = p * d[bs + 1]! + q * d[as + 1]!;
      return p * q;
    }, s);
  }

  private quotient(a: Compiled, b: Compiled): Compiled {
    if (b.constant !== undefined) {
      // Dividing, not multiplying by 1/c, keeps the value bit-identical to f(x, y) computed directly.
      const c = b.constant;
      const { d } = this;
      const s = this.slot();
      const [as, u] = [a.slot, a.run];
      return this.made((x, y) => {
        const v = u(x, y);
        d[s] = d[as]! / c;
        d[s + 1] = d[as + 1]! / c;
        return v / c;
      }, s);
    }
    const { d } = this;
    const s = this.slot();
    const [as, bs, u, w] = [a.slot, b.slot, a.run, b.run];
    return this.made((x, y) => {
      const p = u(x, y);
      const q = w(x, y);
      const r = p / q;
      d[s] = (d[as]! - r * d[bs]!) / q;
      d[s + 1] = (d[as + 1]! - r * d[bs + 1]!) / q;
      return r;
    }, s);
  }

  private power(a: Compiled, b: Compiled): Compiled {
    const { d } = this;
    const s = this.slot();
    const [as, bs, u, w] = [a.slot, b.slot, a.run, b.run];
    if (b.constant !== undefined) {
      // A constant exponent uses the power rule alone: u^w·log(u) would be NaN for u <= 0.
      const n = b.constant;
      return this.made((x, y) => {
        const p = u(x, y);
        const k = n === 0 ? 0 : n * Math.pow(p, n - 1);
        d[s] = k * d[as]!;
        d[s + 1] = k * d[as + 1]!;
        return Math.pow(p, n);
      }, s);
    }
    if (a.constant !== undefined) {
      const base = a.constant;
      const logBase = Math.log(base);
      return this.made((x, y) => {
        const v = Math.pow(base, w(x, y));
        const k = v * logBase;
        d[s] = k * d[bs]!;
        d[s + 1] = k * d[bs + 1]!;
        return v;
      }, s);
    }
    return this.made((x, y) => {
      const p = u(x, y);
      const q = w(x, y);
      const v = Math.pow(p, q);
      const kBase = q * Math.pow(p, q - 1);
      const kExponent = v * Math.log(p);
      d[s] = kBase * d[as]! + kExponent * d[bs]!;
      d[s + 1] = kBase * d[as + 1]! + kExponent * d[bs + 1]!;
      return v;
    }, s);
  }

  private call(name: keyof typeof FUNCTIONS, a: Compiled): Compiled {
    const { d } = this;
    const s = this.slot();
    const [as, u] = [a.slot, a.run];
    const { value, derivative } = FUNCTIONS[name];
    return this.made((x, y) => {
      const p = u(x, y);
      const v = value(p);
      const k = derivative(p, v);
      d[s] = k * d[as]!;
      d[s + 1] = k * d[as + 1]!;
      return v;
    }, s);
  }
}

/** f and its exact gradient as nested closures writing into one preallocated buffer (never eval). */
export function compileGradient(ast: Expr): GradientFunction {
  const d = new Float64Array(2 * size(ast));
  const root = new Builder(d).node(ast);
  const { run, slot } = root;
  return (x, y, out) => {
    const f = run(x, y);
    out[0] = d[slot]!;
    out[1] = d[slot + 1]!;
    return f;
  };
}
