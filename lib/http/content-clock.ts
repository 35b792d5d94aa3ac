// When an answer last changed, for Last-Modified. The public loaders keep no
// change time that covers everything an answer holds (places left change with
// bookings, which touch no session row), so each server process remembers,
// per address, the answer's ETag and when it first saw that ETag there. An
// answer that changes gets a new time; one that changes back gets a new time
// too (the stored tag is the latest only), so If-Modified-Since never hides a
// change. Another process may date the same answer later, which costs a
// client a full answer, never a stale one. Bounded: the least recently asked
// addresses are forgotten first.

export class ContentClock {
  private readonly seen = new Map<string, { tag: string; since: Date }>();

  constructor(
    private readonly capacity = 5_000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  lastModified(address: string, tag: string): Date {
    const known = this.seen.get(address);
    this.seen.delete(address);
    const entry = known && known.tag === tag ? known : { tag, since: this.changedAt(known?.since) };
    this.seen.set(address, entry);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.keys().next().value!);
    return entry.since;
  }

  /**
   * HTTP dates have whole seconds: a change in the same second as the one
   * before it is dated a second later, so a client holding the earlier answer
   * (dated that second) is never told it is current.
   */
  private changedAt(previous: Date | undefined): Date {
    const second = Math.floor(this.now().getTime() / 1000) * 1000;
    return new Date(previous && previous.getTime() >= second ? previous.getTime() + 1000 : second);
  }
}
