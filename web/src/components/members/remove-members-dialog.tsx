import { Checkbox, Text, Textarea } from '@mantine/core';
import { LIMITS } from '@school-invites/shared';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../confirm-dialog';

export interface RemoveChoice {
  block: boolean;
  /** Trimmed; null when none was given or nobody is blocked. */
  reason: string | null;
}

/** "Ann Smith", "Ann Smith and Bo Lee", "3 people": who a removal names, in a sentence. */
export function whoIsRemoved(names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `These ${names.length} people`;
}

/**
 * The one confirmation before people leave a school at someone else's hand, from the Members
 * screen and from an invitation that leaked: it says exactly what happens (groups too, the history
 * stays) and what blocking adds. `children` come first: what the people leave behind, to settle.
 */
export function RemoveMembersDialog({
  opened,
  names,
  onConfirm,
  onClose,
  children,
}: {
  opened: boolean;
  names: readonly string[];
  onConfirm: (choice: RemoveChoice) => Promise<unknown>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const [block, setBlock] = useState(false);
  const [reason, setReason] = useState('');
  const one = names.length === 1;
  const them = one ? 'them' : 'them all';
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      onClosed={() => {
        setBlock(false);
        setReason('');
      }}
      title={one ? `Remove ${names[0]}?` : `Remove ${names.length} members?`}
      confirmLabel={`${block ? 'Remove and block' : 'Remove'}${one ? '' : ` ${names.length} people`}`}
      onConfirm={() => onConfirm({ block, reason: (block && reason.trim()) || null })}
    >
      {children}
      <Text data-testid="remove-consequences">
        {whoIsRemoved(names)} will be <strong>removed from the school and its groups</strong>. Their
        past joins stay in the history.
      </Text>
      <Checkbox
        checked={block}
        onChange={(event) => setBlock(event.currentTarget.checked)}
        label={`Also block ${them}`}
        description="Blocked people cannot join again through any invitation of this school until unblocked."
      />
      {block && (
        <Textarea
          label="Reason (optional)"
          description="Only people who manage members see it."
          maxLength={LIMITS.blockReasonMax}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      )}
    </ConfirmDialog>
  );
}
