/**
 * Operations several specs send, written once. A spec that needs other fields writes its own
 * document; these are the everyday ones.
 */
export const OPERATIONS = {
  redeem: `mutation Redeem($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { alreadyMember } }`,
  redeemByCode: `mutation RedeemByCode($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`,
  redeemByToken: `mutation RedeemByToken($t: String) { redeemInvitation(input: { token: $t }) { alreadyMember } }`,
  createInvitation: `mutation CreateInvitation($s: ID!) { createInvitation(input: { schoolId: $s }) { id code } }`,
  revokeInvitation: `mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }`,
  signIn: `mutation SignIn($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { token } }`,
} as const;
