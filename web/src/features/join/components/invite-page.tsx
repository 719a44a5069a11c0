import { useParams } from 'react-router';
import { InvitationJoin } from './invitation-join';

export function InvitePage() {
  const { token } = useParams();
  return <InvitationJoin token={token} />;
}
