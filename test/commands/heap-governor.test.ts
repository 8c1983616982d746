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

  // Garbage made inside a function, so nothing of it is reachable once it returns; large enough to
  // lie in the large-object space, which only a full collection frees.
  const garbage = (): WeakRef<object> => new WeakRef({ garbage: new Array(100_000).fill('x') });

  it('collects at the end of a stage even when the heap has not grown past its multiple', async () => {
    const govern = heapGovernor({ floor: 0, growth: 100 });
    govern(); // the first collection sets the limit at 100× what is live
    const ref = garbage();
    await tick();
    govern();
    await tick();
    expect(ref.deref()).toBeDefined();
    await tick(); // deref keeps the target to the end of this job
    govern(true);
    await tick();
    expect(ref.deref()).toBeUndefined();
  });

  it('lets the heap grow by no more bytes than its cap past what the last collection left', async () => {
    const govern = heapGovernor({ floor: 0, growth: 100, maxGrowthBytes: 0 });
    govern();
    const ref = garbage();
    await tick();
    govern();
    await tick();
    expect(ref.deref()).toBeUndefined();
  });
});
