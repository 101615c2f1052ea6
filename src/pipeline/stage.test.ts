import { describe, expect, it } from 'vitest';
import { checkStageOrder } from './stage.ts';

describe('checkStageOrder', () => {
  it('accepts stages whose requirements are assigned earlier', () => {
    expect(() =>
      checkStageOrder(
        [
          { name: 'a', requires: ['x'], assigns: ['y'] },
          { name: 'b', requires: ['y'], assigns: ['z'] },
        ],
        ['x'],
      ),
    ).not.toThrow();
  });
  it('names the stage and the missing field', () => {
    expect(() => checkStageOrder([{ name: 'b', requires: ['y'], assigns: [] }], ['x'])).toThrow(
      /stage "b" requires "y"/,
    );
  });
});
