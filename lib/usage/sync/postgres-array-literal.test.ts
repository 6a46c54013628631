import { describe, expect, it } from 'vitest';
import { postgresArrayLiteral } from './postgres-array-literal';

describe('postgresArrayLiteral', () => {
  it('quotes every text element and escapes quotes and backslashes', () => {
    expect(postgresArrayLiteral(['a', 'b c', 'x,y', '{z}', 'say "hi"', 'back\\slash', 'NULL', ''])).toBe(
      '{"a","b c","x,y","{z}","say \\"hi\\"","back\\\\slash","NULL",""}',
    );
  });

  it('writes numbers bare and nulls as NULL', () => {
    expect(postgresArrayLiteral([1, 0, -5, null])).toBe('{1,0,-5,NULL}');
    expect(postgresArrayLiteral([])).toBe('{}');
  });
});
