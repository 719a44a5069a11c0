import { ONE_ADDRESS_ENV, startDatabase, startServer, type Server } from './cluster';
import { itHoldsEveryLimitAcross } from './shared-limits';

/** Two server processes on one database behave as one: the limits live in PostgreSQL. */
describe('two server instances on one database', () => {
  let db: Awaited<ReturnType<typeof startDatabase>>;
  let a: Server;
  let b: Server;

  beforeAll(async () => {
    db = await startDatabase();
    [a, b] = await Promise.all([
      startServer(db.url, ONE_ADDRESS_ENV),
      startServer(db.url, ONE_ADDRESS_ENV),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.stop();
  });

  itHoldsEveryLimitAcross(() => ({ servers: [a, b], url: db.url }));
});
