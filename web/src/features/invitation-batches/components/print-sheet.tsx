import { formatInviteCode } from '@school-invites/shared';
import { QRCodeSVG } from 'qrcode.react';
import { graphql } from '../../../gql';
import type { PrintSheet_InvitationFragment as Printed } from '../../../gql/graphql';
import { plural } from '../../../lib/labels';
import { exactDateTime } from '../../../lib/relative-time';
import styles from './print-sheet.module.css';

export type { Printed };

/** A poster per invitation (one A4 page each), or a slip per invitation (eight to a page). */
export type BatchLayout = 'posters' | 'slips';

export const PrintSheet_invitation = graphql(`
  fragment PrintSheet_invitation on Invitation {
    id
    code
    link
    label
    expiresAt
    maxUses
    groups {
      id
      name
    }
  }
`);

export const SLIPS_PER_PAGE = 8;

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** "Year 7 Blue", "Year 7 Blue, Choir": the groups joining through an invitation, for a person. */
export function groupNames(invitation: Pick<Printed, 'groups'>): string {
  return invitation.groups
    .map((group) => group.name)
    .sort(byName.compare)
    .join(', ');
}

/** Class by class (Year 2 before Year 10), so each class's slips are cut and handed out together. */
function inClassOrder<T extends Pick<Printed, 'groups'>>(invitations: readonly T[]): T[] {
  return [...invitations].sort((a, b) => byName.compare(groupNames(a), groupNames(b)));
}

/** How many A4 pages `count` invitations take in `layout`. */
export function pageCount(count: number, layout: BatchLayout): number {
  return layout === 'posters' ? count : Math.ceil(count / SLIPS_PER_PAGE);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function Steps({ link, className }: { link: string; className?: string }) {
  const origin = new URL(link).origin;
  return (
    <ol className={className}>
      <li>Scan the QR code with a phone, or go to {origin}/join</li>
      <li>Type the code (capitals and dashes don't matter)</li>
      <li>Sign in or create an account, then press Join</li>
    </ol>
  );
}

/**
 * The printable pages of a batch, A4 each: a poster per invitation, or eight slips to a page,
 * class by class.
 * Invitations without a code or link (which the server withholds from those who may not see
 * them) are left out: a slip without them invites nobody.
 */
export function PrintSheet({
  layout,
  schoolName,
  invitations,
}: {
  layout: BatchLayout;
  schoolName: string;
  invitations: readonly Printed[];
}) {
  const printable = inClassOrder(
    invitations.filter((invitation) => invitation.code && invitation.link),
  );
  const pages =
    layout === 'posters'
      ? printable.map((invitation) => [invitation])
      : chunks(printable, SLIPS_PER_PAGE);
  return (
    <div className={styles.sheet} data-testid="print-sheet" data-layout={layout}>
      {pages.map((onPage, index) => (
        <section
          key={onPage[0]!.id}
          className={styles.page}
          aria-label={`Page ${index + 1} of ${pages.length}`}
          data-testid="sheet-page"
        >
          {layout === 'posters' ? (
            <Poster invitation={onPage[0]!} schoolName={schoolName} />
          ) : (
            <div className={styles.slips}>
              {onPage.map((invitation) => (
                <Slip key={invitation.id} invitation={invitation} schoolName={schoolName} />
              ))}
            </div>
          )}
        </section>
      ))}
    </div>
  );
}

function Poster({ invitation, schoolName }: { invitation: Printed; schoolName: string }) {
  const groups = groupNames(invitation);
  const limits = [
    invitation.expiresAt && `Valid until ${exactDateTime(invitation.expiresAt)}`,
    invitation.maxUses && `For up to ${plural(invitation.maxUses, 'person', 'people')}`,
  ].filter(Boolean);
  return (
    <div className={styles.poster} data-testid="poster">
      <h2 className={styles.posterTitle}>Join {schoolName}</h2>
      {groups && (
        <p className={styles.posterGroups} data-testid="poster-groups">
          {groups}
        </p>
      )}
      {invitation.label && <p className={styles.posterLabel}>{invitation.label}</p>}
      <QRCodeSVG
        value={invitation.link!}
        size={256}
        marginSize={2}
        className={styles.posterQr}
        role="img"
        aria-label={`QR code of the invitation link for ${groups || schoolName}`}
      />
      <p className={styles.posterCode} data-testid="poster-code">
        {formatInviteCode(invitation.code!)}
      </p>
      <p className={styles.posterLink}>{invitation.link}</p>
      {limits.length > 0 && <p className={styles.posterLimits}>{limits.join(' · ')}</p>}
      <Steps link={invitation.link!} className={styles.posterSteps} />
    </div>
  );
}

function Slip({ invitation, schoolName }: { invitation: Printed; schoolName: string }) {
  const groups = groupNames(invitation);
  return (
    <div className={styles.slip} data-testid="slip">
      <QRCodeSVG
        value={invitation.link!}
        size={128}
        marginSize={1}
        className={styles.slipQr}
        role="img"
        aria-label={`QR code of the invitation link for ${groups || schoolName}`}
      />
      <div className={styles.slipText}>
        <p className={styles.slipSchool}>Join {schoolName}</p>
        {groups && (
          <p className={styles.slipGroups} data-testid="slip-groups">
            {groups}
          </p>
        )}
        <p className={styles.slipCode} data-testid="slip-code">
          {formatInviteCode(invitation.code!)}
        </p>
      </div>
      <Steps link={invitation.link!} className={styles.slipSteps} />
    </div>
  );
}
