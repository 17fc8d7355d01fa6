import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gatherStyles } from '@dlviz/build-config/gather-styles';

test('component styles move to the top of a chunk, after its imports, in one declaration', () => {
  const code =
    'import{a as b}from"./x.js";const m="−✕¹²",s={hash:"s1",code:".a{b:c}"},n=2;' +
    'function f(){return b(s,t)}let t={hash:"s2",code:`.b{c:d}`};var u={hash:"s3",code:".c{}"},v=u;export{f};';
  assert.equal(
    gatherStyles(code),
    'import{a as b}from"./x.js";const s={hash:"s1",code:".a{b:c}"},t={hash:"s2",code:`.b{c:d}`},' +
      'u={hash:"s3",code:".c{}"};const m="−✕¹²",n=2;function f(){return b(s,t)}var v=u;export{f};',
  );
});

test('other objects, and a chunk without styles, are left as they are', () => {
  for (const code of [
    'const a={hash:"x",code:"y",more:1},b={hash:`x${a}`,code:""};export{a,b};',
    'function f(){const s={hash:"s1",code:""};return s}export{f};',
    'export const x=1;',
  ])
    assert.equal(gatherStyles(code), code);
});
