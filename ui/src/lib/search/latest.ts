// Runs a request after a pause (typing, say) and delivers only the answer to the newest one:
// an older answer that arrives late is dropped.

export class Latest<Q, R> {
  #run: (query: Q) => Promise<R>;
  #deliver: (result: R, query: Q) => void;
  #fail: (error: unknown) => void;
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Which request is the newest. */
  #newest = 0;

  constructor(
    run: (query: Q) => Promise<R>,
    deliver: (result: R, query: Q) => void,
    fail: (error: unknown) => void,
    delay: number,
  ) {
    this.#run = run;
    this.#deliver = deliver;
    this.#fail = fail;
    this.#delay = delay;
  }

  /** Asks for `query` once no newer request has come for the delay (at once with `now`). */
  request(query: Q, now = false): void {
    clearTimeout(this.#timer);
    const id = ++this.#newest;
    if (now) void this.#send(id, query);
    else this.#timer = setTimeout(() => void this.#send(id, query), this.#delay);
  }

  /** Forgets any pending request and any answer still on its way. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#newest += 1;
  }

  async #send(id: number, query: Q): Promise<void> {
    try {
      const result = await this.#run(query);
      if (id === this.#newest) this.#deliver(result, query);
    } catch (error) {
      if (id === this.#newest) this.#fail(error);
    }
  }
}
