import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from './json.js';
import { jsonSyntaxError } from './json-syntax.js';

const message = (text: string) => {
  const parsed = parseJson(text);
  return parsed.ok ? undefined : parsed.issues.map((i) => i.message);
};

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a": [1, 2.5e3, "x\\n", true, null]}')).toEqual({
      ok: true,
      value: { a: [1, 2500, 'x\n', true, null] },
    });
  });

  it('names the line and column of the first syntax error, whatever the engine says', () => {
    expect(message('{\n  "a": 1,\n  "input": [1,, 2]\n}')).toEqual([
      "not valid JSON at line 3, column 15: expected a value, found ','",
    ]);
    expect(message('{"a": 1,}')).toEqual([
      "not valid JSON at line 1, column 9: expected a key in double quotes, found '}'",
    ]);
    expect(message("{'a': 1}")).toEqual([
      "not valid JSON at line 1, column 2: expected a key in double quotes, found '''",
    ]);
    expect(message('{"a" 1}')).toEqual(["not valid JSON at line 1, column 6: expected ':', found '1'"]);
    expect(message('[1, 2')).toEqual([
      "not valid JSON at line 1, column 6: expected ',' or ']', found the end of the text",
    ]);
    expect(message('{"a": "b}')).toEqual(['not valid JSON at line 1, column 7: a string is not closed']);
    expect(message('{"a": 01}')).toEqual([
      "not valid JSON at line 1, column 8: expected ',' or '}', found '1'",
    ]);
    expect(message('{} x')).toEqual([
      "not valid JSON at line 1, column 4: unexpected 'x' after the end of the value",
    ]);
    expect(message('  ')).toEqual(['not valid JSON at line 1, column 1: the text is empty']);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((s) => s.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(jsonSyntaxError(text) === undefined).toBe(valid);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
