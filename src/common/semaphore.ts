/** Bounds how many expensive jobs (bcrypt) run at once, so a burst of logins cannot starve other work. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    // A finishing job hands its slot straight to the next waiter, so the limit is never exceeded.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
