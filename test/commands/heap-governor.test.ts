import { heapGovernor } from '../../src/commands/heap-governor';

// The CLI's heap governor collects once the heap has grown past its floor (and then past a
// multiple of what the last collection left).

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('heap governor', () => {
  it('collects the whole heap once the used heap passes its floor', async () => {
    let ref: WeakRef<object> | undefined;
    (() => {
      ref = new WeakRef({ garbage: new Array(1000).fill('x') });
    })();
    // A WeakRef's target is kept to the end of the job that made it.
    await tick();
    heapGovernor({ floor: 0 })();
    await tick();
    expect(ref!.deref()).toBeUndefined();
  });
});
