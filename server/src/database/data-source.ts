import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { ApiTokenEntity } from '../modules/api-tokens/api-token.entity';
import { MembershipEntity } from '../modules/memberships/membership.entity';
import { SchoolEntity } from '../modules/schools/school.entity';
import { SessionEntity } from '../modules/sessions/session.entity';
import { UserEntity } from '../modules/users/user.entity';
import { closePreparedPool, nameStatements } from './statements';
import { CreateAccountsAndSchools1764000000000 } from './migrations/1764000000000-create-accounts-and-schools';
import { CreateInvitations1764000100000 } from './migrations/1764000100000-create-invitations';
import { OrderInvitationsBySchool1764000200000 } from './migrations/1764000200000-order-invitations-by-school';
import { RedeemInOneStatement1764000300000 } from './migrations/1764000300000-redeem-in-one-statement';
import { RedeemConsumingTheUseLast1764000400000 } from './migrations/1764000400000-redeem-consuming-the-use-last';
import { SearchTokensByAnyPart1764000600000 } from './migrations/1764000600000-search-tokens-by-any-part';
import { UnloggedAttemptCounters1764000700000 } from './migrations/1764000700000-unlogged-attempt-counters';
import { RedeemForABatchOfPeople1764000800000 } from './migrations/1764000800000-redeem-for-a-batch-of-people';
import { InvitationStatusFunction1764000900000 } from './migrations/1764000900000-invitation-status-function';
import { ClassesAndGroups1764001000000 } from './migrations/1764001000000-classes-and-groups';
import { JoinGroupsInUserOrder1764001100000 } from './migrations/1764001100000-join-groups-in-user-order';
import { PauseAndBlock1764001200000 } from './migrations/1764001200000-pause-and-block';
import { RejoinAfterLeaving1764001300000 } from './migrations/1764001300000-rejoin-after-leaving';
import { EmailAndPolicy1764001400000 } from './migrations/1764001400000-email-and-policy';
import { SignUpWithoutTelling1764001500000 } from './migrations/1764001500000-sign-up-without-telling';
import { ReadYourWrites1764001600000 } from './migrations/1764001600000-read-your-writes';
import { InvitationCreators1764001700000 } from './migrations/1764001700000-invitation-creators';
import { TrigramIndexesWithoutPendingLists1764001800000 } from './migrations/1764001800000-trigram-indexes-without-pending-lists';
import { CreatorNamesBesideCreators1764001900000 } from './migrations/1764001900000-creator-names-beside-creators';

// Listed, not globbed, so the same list works compiled (dist/*.js) and in tests (src/*.ts).
export const ENTITIES = [UserEntity, SessionEntity, ApiTokenEntity, SchoolEntity, MembershipEntity];
export const MIGRATIONS = [
  CreateAccountsAndSchools1764000000000,
  CreateInvitations1764000100000,
  OrderInvitationsBySchool1764000200000,
  RedeemInOneStatement1764000300000,
  RedeemConsumingTheUseLast1764000400000,
  SearchTokensByAnyPart1764000600000,
  UnloggedAttemptCounters1764000700000,
  RedeemForABatchOfPeople1764000800000,
  InvitationStatusFunction1764000900000,
  ClassesAndGroups1764001000000,
  JoinGroupsInUserOrder1764001100000,
  PauseAndBlock1764001200000,
  RejoinAfterLeaving1764001300000,
  EmailAndPolicy1764001400000,
  SignUpWithoutTelling1764001500000,
  ReadYourWrites1764001600000,
  InvitationCreators1764001700000,
  TrigramIndexesWithoutPendingLists1764001800000,
  CreatorNamesBesideCreators1764001900000,
];

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  poolAcquireTimeoutMs: number;
  /** Names hot-path statements so each connection plans them once (default: on). */
  namedStatements?: boolean;
  /** Sees every statement; tests count them to prove there is no N+1. */
  queryLogger?: TypeOrmLogger;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: options.queryLogger ? ['query'] : false,
    logger: options.queryLogger,
    applicationName: 'school-invites',
    extra: {
      max: options.poolSize,
      // A request waits this long for a free connection, then fails instead of queueing forever.
      connectionTimeoutMillis: options.poolAcquireTimeoutMs,
      idleTimeoutMillis: 30_000,
      // A runaway query cannot hold a connection for longer than this.
      statement_timeout: options.statementTimeoutMs,
      idle_in_transaction_session_timeout: Math.max(options.statementTimeoutMs * 2, 10_000),
    },
  });
  nameStatements(dataSource, options.namedStatements ?? true);
  // Named statements have a pool of their own (statements.ts), which closes with this one.
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await closePreparedPool(dataSource);
    await destroy();
  };
  return dataSource;
}
