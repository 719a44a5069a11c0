import { render, screen } from '@testing-library/react';
import { Can, viewerCan } from './can';

const school = { viewerPermissions: ['MEMBERS_VIEW'] as const };

describe('viewer permissions', () => {
  it('mirrors what the server listed, nothing more', () => {
    expect(viewerCan(school, 'MEMBERS_VIEW')).toBe(true);
    expect(viewerCan(school, 'INVITATIONS_VIEW')).toBe(false);
  });

  it('<Can> shows its children with the permission and the fallback without it', () => {
    render(
      <>
        <Can permission="MEMBERS_VIEW" school={school}>
          <p>members link</p>
        </Can>
        <Can permission="INVITATIONS_VIEW" school={school} fallback={<p>no access</p>}>
          <p>invites link</p>
        </Can>
      </>,
    );
    expect(screen.getByText('members link')).toBeInTheDocument();
    expect(screen.getByText('no access')).toBeInTheDocument();
    expect(screen.queryByText('invites link')).not.toBeInTheDocument();
  });
});
