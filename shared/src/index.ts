export * from './roles';
export * from './permissions';
export * from './error-codes';
export * from './invitation-status';
export * from './invite-code';
export * from './limits';
export * from './text';
export * from './groups';
