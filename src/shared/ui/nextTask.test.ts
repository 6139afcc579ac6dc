import { describe, expect, it } from 'vitest';
import { inNextTask, inTaskSequence } from './nextTask';

/** Resolves after `hops` tasks queued one after another the way the helpers queue theirs. */
const afterTasks = (hops: number) =>
  new Promise<void>((resolve) => {
    const hop = (left: number) => (left === 0 ? resolve() : inNextTask(() => hop(left - 1)));
    hop(hops);
  });

describe('inTaskSequence', () => {
  it('runs the steps in order, none of them at once', async () => {
    const ran: number[] = [];
    inTaskSequence([0, 1, 2].map((i) => () => ran.push(i)));
    expect(ran).toEqual([]);
    await afterTasks(5);
    expect(ran).toEqual([0, 1, 2]);
  });

  it('gives each step a task of its own', async () => {
    const ran: string[] = [];
    inTaskSequence([() => ran.push('first'), () => ran.push('second')]);
    // Queued after the first step's task and before the second's, which the first step queues.
    inNextTask(() => ran.push('between'));
    await afterTasks(5);
    expect(ran).toEqual(['first', 'between', 'second']);
  });

  it('stops the steps not yet run when cancelled', async () => {
    const ran: number[] = [];
    const cancel = inTaskSequence([
      () => ran.push(0),
      () => {
        ran.push(1);
        cancel();
      },
      () => ran.push(2),
    ]);
    await afterTasks(5);
    expect(ran).toEqual([0, 1]);
  });
});
