import { Semaphore } from './semaphore';

describe(Semaphore.name, () => {
  it('never runs more jobs at once than its limit, and runs them all', async () => {
    const slots = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const job = async (i: number) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running--;
      return i;
    };
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => slots.run(() => job(i))));
    expect(peak).toBe(2);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('frees the slot when a job fails', async () => {
    const slots = new Semaphore(1);
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(slots.run(async () => 'next')).resolves.toBe('next');
  });
});
