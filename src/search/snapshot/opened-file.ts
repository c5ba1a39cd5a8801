/**
 * A snapshot file kept open once read and checked whole, for its sections left on disk (a large file's passage
 * texts and kept sentences), read when asked for through the very descriptor that was checked: a newer snapshot
 * renamed over its path, or its removal, leaves what is read as it was. Closed once nothing holds it.
 */
import { closeSync, readSync } from 'node:fs';

const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to do.
  }
});

export class OpenedFile {
  constructor(private readonly fd: number) {
    closer.register(this, fd, this);
  }

  /** Closes it now (its file turned out unusable), not when it is collected. */
  close(): void {
    closer.unregister(this);
    closeSync(this.fd);
  }

  /** Fills `into` from byte `position`; throws when the file is shorter than when it was checked. */
  read(into: Uint8Array, position: number): void {
    for (let done = 0; done < into.length;) {
      const read = readSync(this.fd, into, done, into.length - done, position + done);
      if (read === 0) throw new Error('snapshot file shorter than when it was opened');
      done += read;
    }
  }
}
