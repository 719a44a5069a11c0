import { useTestApp } from '../../test/harness';
import { createLogger } from '../logger';
import { createDataSource } from './data-source';
import { lsnValue, ReadReplica } from './read-replica';

/** A replica at `url`, and the warnings it logs. */
function replicaAt(url: string) {
  const warnings: string[] = [];
  const logger = createLogger('warn', {
    write: (line: string) => void warnings.push(JSON.parse(line).msg),
  });
  const source = createDataSource({
    url,
    poolSize: 1,
    statementTimeoutMs: 5000,
    poolAcquireTimeoutMs: 2000,
  });
  const replica = new ReadReplica(source, logger);
  return {
    replica,
    warnings,
    async close() {
      replica.stop();
      if (source.isInitialized) await source.destroy();
    },
  };
}

describe('a read replica as each instance sees it', () => {
  const app = useTestApp();

  it('compares WAL positions by their value, not their text', () => {
    expect(lsnValue('0/16B3748')).toBe(0x16b3748n);
    expect(lsnValue('1/0')).toBe(2n ** 32n);
    // As text, "9/…" sorts after "10/…"; as positions it is before.
    expect(lsnValue('9/FFFFFFFF') < lsnValue('10/0')).toBe(true);
  });

  it('never reads from a DATABASE_READ_URL that is not a streaming standby, and says so', async () => {
    // The test database is a primary: reading there as a replica could miss writes or show
    // another database's rows.
    const { replica, warnings, close } = replicaAt(app.url);
    try {
      await replica.start();
      expect(replica.hasReplayed(null)).toBe(false);
      expect(replica.hasReplayed('0/0')).toBe(false);
      expect(warnings).toEqual([
        'DATABASE_READ_URL is not a streaming standby; every read stays on the primary',
      ]);
    } finally {
      await close();
    }
  });

  it('sends nothing to a replica it cannot reach, and says so once', async () => {
    const unreachable = new URL(app.url);
    unreachable.port = '1';
    const { replica, warnings, close } = replicaAt(unreachable.toString());
    try {
      await replica.start();
      expect(replica.hasReplayed(null)).toBe(false);
      expect(warnings).toEqual([
        'the read replica does not answer; reads go to the primary until it does',
      ]);
    } finally {
      await close();
    }
  });
});
