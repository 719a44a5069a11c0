/** Bounds shared by server validation and the web forms, so both reject the same input. */
export const LIMITS = {
  pageSizeDefault: 25,
  pageSizeMax: 100,
  userNameMax: 100,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  schoolNameMax: 100,
  schoolSlugMax: 60,
  schoolDescriptionMax: 1000,
  invitationLabelMax: 200,
  invitationMaxUsesMax: 100_000,
  searchMax: 200,
  apiTokenNameMax: 100,
  groupNameMax: 100,
  groupDescriptionMax: 500,
  groupCapacityMax: 10_000,
  groupLeadersMax: 20,
  /** Members added to or removed from a group in one step. */
  groupMembersPerChangeMax: 500,
  /** Invitations one createInvitationBatch makes, all together. */
  invitationBatchMax: 500,
  /** Invitations per group in one batch (printed slips: a class and a few spare). */
  invitationBatchPerGroupMax: 100,
  /** Groups one invitation may join. */
  invitationGroupsMax: 20,
  /** Members removed in one confirmed step (everyone who came in through a leaked link). */
  membersPerRemovalMax: 500,
  blockReasonMax: 500,
  /** Email domains in a school's policy, or an invitation's narrowing of it. */
  emailDomainsMax: 50,
  policyExpiryDaysMax: 3650,
} as const;
