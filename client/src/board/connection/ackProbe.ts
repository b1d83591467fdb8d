/**
 * Knowing when local edits are saved, with the standard protocol only.
 *
 * The relay answers a sync step 1 only after everything received before it on that
 * connection is durable. So after local edits we send a state-vector probe; its answer (a
 * sync step 2) proves that every edit sent before the probe is stored on the server.
 */
export class AckTracker {
  private unsaved = 0;
  private inFlight: number[] = [];

  constructor(private readonly onChange: (unsaved: number) => void) {}

  /** A local edit was made (sent now if online, or later on reconnect). */
  edited(): void {
    this.unsaved++;
    this.onChange(this.unsaved);
  }

  /** A probe is being sent; everything edited so far is covered by it. */
  probeSent(): void {
    this.inFlight.push(this.unsaved);
  }

  /** The oldest outstanding probe was answered. */
  probeAnswered(): void {
    const covered = this.inFlight.shift();
    if (covered === undefined) return;
    this.unsaved = Math.max(0, this.unsaved - covered);
    this.inFlight = this.inFlight.map((n) => Math.max(0, n - covered));
    this.onChange(this.unsaved);
  }

  /** The connection dropped: answers to outstanding probes will never come. */
  connectionLost(): void {
    this.inFlight = [];
  }

  get count(): number {
    return this.unsaved;
  }
}
