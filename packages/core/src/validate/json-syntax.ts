/** Where JSON text first breaks the grammar, and why, in words for people. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly reason: string;
}

const WHITESPACE = ' \t\n\r';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters in strings: matching them is the point.
// eslint-disable-next-line no-control-regex
const STRING_CHARACTER = /[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Stop {
  constructor(readonly error: JsonSyntaxError) {}
}

/**
 * A recognizer for the JSON grammar, run only after JSON.parse refused the text: engines word
 * (and place) their syntax errors differently, and some give no position at all, so the line
 * and column people see come from here, the same in Node and in every browser.
 */
class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  private fail(reason: string, offset = this.at): never {
    throw new Stop({ offset, reason });
  }

  private found(): string {
    if (this.at >= this.text.length) return 'the end of the text';
    return `'${String.fromCodePoint(this.text.codePointAt(this.at)!)}'`;
  }

  private space(): void {
    while (this.at < this.text.length && WHITESPACE.includes(this.text[this.at]!)) this.at++;
  }

  private expect(char: string, what: string): void {
    this.space();
    if (this.text[this.at] !== char) this.fail(`expected ${what}, found ${this.found()}`);
    this.at++;
  }

  document(): void {
    this.value();
    this.space();
    if (this.at < this.text.length) this.fail(`unexpected ${this.found()} after the end of the value`);
  }

  private value(): void {
    this.space();
    const char = this.text[this.at];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.at += number[0].length;
      return;
    }
    this.fail(`expected a value, found ${this.found()}`);
  }

  private string(): void {
    const open = this.at++;
    while (this.text[this.at] !== '"') {
      if (this.at >= this.text.length) this.fail('a string is not closed', open);
      STRING_CHARACTER.lastIndex = this.at;
      const character = STRING_CHARACTER.exec(this.text);
      if (!character)
        this.fail(
          this.text[this.at] === '\\'
            ? 'invalid escape in a string'
            : 'a control character (such as a line break) inside a string',
        );
      this.at += character[0].length;
    }
    this.at++;
  }

  private array(): void {
    this.at++;
    this.space();
    if (this.text[this.at] === ']') {
      this.at++;
      return;
    }
    for (;;) {
      this.value();
      this.space();
      if (this.text[this.at] === ']') break;
      this.expect(',', "',' or ']'");
    }
    this.at++;
  }

  private object(): void {
    this.at++;
    this.space();
    if (this.text[this.at] === '}') {
      this.at++;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail(`expected a key in double quotes, found ${this.found()}`);
      this.string();
      this.expect(':', "':'");
      this.value();
      this.space();
      if (this.text[this.at] === '}') break;
      this.expect(',', "',' or '}'");
    }
    this.at++;
  }
}

/** The first syntax error of JSON text, or undefined when the text is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.error;
    throw error;
  }
}
