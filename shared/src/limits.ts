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
} as const;
