import { useEffect, useState } from 'react';
import { Button } from '../../../components/ui/plain';
import { useDocumentTitle } from '../../../lib/document-title';
import { CodeInput, type Credentials } from './code-input';
import { InvitationJoin } from './invitation-join';

/** The code being looked at lives in the URL (/join?code=…), so Back, a reload and sign-in keep it. */
function credentialsInUrl(): Credentials | null {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  const token = params.get('invite');
  return token ? { token } : code ? { code } : null;
}

/** /join: type the code off a projector, see what it offers, join. */
export function JoinPage() {
  const [credentials, setCredentials] = useState(credentialsInUrl);
  // Focus follows the reader from the code to the preview and back, not on the first load.
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    const onPopState = () => setCredentials(credentialsInUrl());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const show = (next: Credentials | null) => {
    const search = next
      ? `?${new URLSearchParams('token' in next ? { invite: next.token } : { code: next.code })}`
      : '';
    window.history.pushState(null, '', `/join${search}`);
    setCredentials(next);
    setMoved(true);
  };

  return credentials ? (
    <div className="stack">
      <InvitationJoin key={JSON.stringify(credentials)} {...credentials} focusOnLoad={moved} />
      <Button variant="subtle" onClick={() => show(null)}>
        Use a different code
      </Button>
    </div>
  ) : (
    <CodeEntry onSubmit={show} autoFocus={moved} />
  );
}

function CodeEntry({
  onSubmit,
  autoFocus,
}: {
  onSubmit: (credentials: Credentials) => void;
  autoFocus: boolean;
}) {
  useDocumentTitle('Join a school');
  return (
    <div className="stack">
      <h1>Join a school</h1>
      <p>Type the code your school gave you.</p>
      <CodeInput onSubmit={onSubmit} autoFocus={autoFocus} />
    </div>
  );
}
