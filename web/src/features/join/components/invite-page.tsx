import { InvitationJoin } from './invitation-join';

/** /invite/:token: the page an invite link opens. */
export function InvitePage({ token }: { token: string }) {
  return <InvitationJoin token={token} />;
}
