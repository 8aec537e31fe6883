/**
 * Delivers items in arrival order, each no earlier than `delayMs()` after it arrived. The delay is
 * per item, not cumulative: a burst of chunks all arrive one latency later, like on a real link.
 * Used by the relay to simulate network latency per direction.
 */
export class DelayQueue<T> {
  private readonly items: { due: number; item: T }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private onDrained: (() => void) | undefined;
  private finished = false;

  constructor(
    private readonly deliver: (item: T) => void,
    private readonly delayMs: () => number,
  ) {}

  push(item: T): void {
    if (this.finished || this.onDrained !== undefined) return;
    const delay = this.delayMs();
    // Fast path: no latency and nothing waiting ahead of this item (ordering is preserved).
    if (delay <= 0 && this.items.length === 0) {
      this.deliver(item);
      return;
    }
    this.items.push({ due: performance.now() + delay, item });
    this.schedule();
  }

  /** Runs `onDrained` once everything queued so far is delivered; later pushes are dropped. */
  end(onDrained: () => void): void {
    if (this.finished || this.onDrained !== undefined) return;
    this.onDrained = onDrained;
    if (this.items.length === 0) this.finish();
  }

  /** Drops whatever is queued (the receiving side is gone). */
  discard(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.items.length = 0;
    this.finished = true;
    this.onDrained = undefined;
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    const head = this.items[0];
    if (head === undefined) return;
    // Timers may fire a fraction of a millisecond early; drain() re-checks against `due`, so the
    // delay is a strict lower bound.
    const wait = Math.max(0, Math.ceil(head.due - performance.now()));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drain();
    }, wait);
  }

  private drain(): void {
    const now = performance.now();
    for (let head = this.items[0]; head !== undefined && head.due <= now; head = this.items[0]) {
      this.items.shift();
      this.deliver(head.item);
      if (this.finished) return;
    }
    if (this.items.length > 0) this.schedule();
    else if (this.onDrained !== undefined) this.finish();
  }

  private finish(): void {
    const done = this.onDrained;
    this.finished = true;
    this.onDrained = undefined;
    done?.();
  }
}
