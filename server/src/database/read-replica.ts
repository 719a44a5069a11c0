import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';

/** A WAL position (`16/B374D848`) as a number that compares. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

const REFRESH_EVERY_MS = 200;
/** A replica not heard from for this long serves nothing until it answers again. */
const STALE_AFTER_MS = 2_000;
/** A replica that could not be reached at all is tried again this often. */
const RECONNECT_EVERY_MS = 5_000;

/**
 * A streaming replica of the primary and how far it has replayed the primary's WAL, as this
 * instance last asked. Nothing ever waits on it: a read goes to the replica only when the
 * position already seen covers the viewer's latest write (users.wrote_lsn), otherwise to the
 * primary. Replay only moves forward, so the position last seen is a safe lower bound.
 */
export class ReadReplica {
  private replayed = -1n;
  private heardAt = 0;
  private refreshing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private warned = false;
  private connectTriedAt = 0;

  constructor(
    readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  /** Starts following the replica's progress; resolves once it has answered (or failed to) once. */
  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Whether a viewer whose latest write ended at `wroteLsn` (null: never wrote) reads their writes there. */
  hasReplayed(wroteLsn: string | null | undefined): boolean {
    if (this.replayed < 0n || Date.now() - this.heardAt > STALE_AFTER_MS) return false;
    if (!wroteLsn || lsnValue(wroteLsn) <= this.replayed) return true;
    // Behind this viewer: the primary answers now, and the next request may find it caught up.
    void this.refresh();
    return false;
  }

  /** A read found the replica gone: nothing more goes there until it answers a refresh. */
  lost(): void {
    this.heardAt = 0;
    this.warnOnce('the read replica does not answer; reads go to the primary until it does');
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.ask().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async ask(): Promise<void> {
    try {
      if (!this.dataSource.isInitialized) {
        if (Date.now() - this.connectTriedAt < RECONNECT_EVERY_MS) return;
        this.connectTriedAt = Date.now();
        await this.dataSource.initialize();
      }
      const [row] = await this.dataSource.query<{ lsn: string | null }[]>(
        `SELECT pg_last_wal_replay_lsn()::text AS lsn`,
      );
      if (!row?.lsn) {
        // Not a standby: reading from it could show another database's rows, or miss writes.
        this.replayed = -1n;
        this.warnOnce(
          'DATABASE_READ_URL is not a streaming standby; every read stays on the primary',
        );
        return;
      }
      this.replayed = lsnValue(row.lsn);
      this.heardAt = Date.now();
      this.warned = false;
    } catch {
      this.lost();
    }
  }

  private warnOnce(message: string): void {
    if (!this.warned) this.logger.warn(message);
    this.warned = true;
  }
}
