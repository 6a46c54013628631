import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite is one PostgreSQL session; its socket server feeds every connection's protocol
 * messages into it one message at a time. A parameterised query is several messages
 * (Parse, Bind, Execute, Sync), and the server only keeps a connection's messages together
 * inside an explicit transaction, so another connection's Parse can land between them and
 * a Bind runs against the wrong statement ("bind message supplies 3 parameters, but
 * prepared statement requires 2"). That happens as soon as two connections are busy at
 * once: the portal and its job workers, a test and the code it tests.
 *
 * This replaces the server's queue scheduling with the protocol's own boundary: once a
 * connection's message has run, only that connection's messages run until PostgreSQL
 * answers ReadyForQuery with status idle — end of a query, of a COPY, or of a transaction.
 * It reaches into the server's queue (pglite-socket 0.2.x has no option for this), and
 * refuses to start if that queue does not look as expected.
 */

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
};

type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
};

// ReadyForQuery: 'Z', length 5, then the transaction status ('I' idle, 'T' in a transaction, 'E' failed one).
const READY_FOR_QUERY = [0x5a, 0, 0, 0, 5];
const IDLE = 0x49;
const TAIL_BYTES = READY_FOR_QUERY.length + 1;

export class UnexpectedSocketServer extends Error {
  constructor() {
    super('The embedded database server is not the version this portal was written for (its query queue changed).');
    this.name = 'UnexpectedSocketServer';
  }
}

function lastBytes(previous: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= TAIL_BYTES) return chunk.slice(chunk.length - TAIL_BYTES);
  const joined = new Uint8Array(previous.length + chunk.length);
  joined.set(previous);
  joined.set(chunk, previous.length);
  return joined.slice(Math.max(0, joined.length - TAIL_BYTES));
}

function endsIdle(tail: Uint8Array): boolean {
  if (tail.length < TAIL_BYTES) return false;
  return READY_FOR_QUERY.every((byte, index) => tail[index] === byte) && tail[TAIL_BYTES - 1] === IDLE;
}

export function keepProtocolExchangesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function' || typeof queue.clearQueueForHandler !== 'function') {
    throw new UnexpectedSocketServer();
  }
  // The connection whose exchange with PostgreSQL is not finished yet.
  let owner: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        // The owner's next message has not arrived yet; its enqueue starts the loop again.
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1) as [QueuedMessage];
        let bytes = 0;
        let tail: Uint8Array = new Uint8Array(0);
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                tail = lastBytes(tail, data);
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          owner = null;
          item.reject(error);
          continue;
        }
        owner = endsIdle(tail) ? null : item.handlerId;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clearQueueForHandler(handlerId);
    if (owner !== handlerId) return;
    owner = null;
    // Inside a transaction the server rolls it back first and then resumes the queue itself.
    if (!queue.db.isInTransaction()) void queue.processQueue();
  };
}
