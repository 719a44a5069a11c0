import { useQuery } from '@apollo/client/react';
import { Button, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { roleInText } from '../../../lib/labels';
import { useViewer, type ViewerSchool } from '../../../lib/viewer/viewer';
import { MemberOptionsQuery } from '../api/member-options';
import { useTransferOwnership } from '../api/transfer-ownership';

/** "Transfer ownership", for the owner only: pick a member, confirm, and become an admin. */
export function TransferOwnershipButton({
  school,
  onDone,
}: {
  school: ViewerSchool;
  onDone: (message: string) => void;
}) {
  const { me } = useViewer();
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<string | null>(null);
  const [transfer] = useTransferOwnership(school.id);
  const options = useQuery(MemberOptionsQuery, {
    variables: { schoolId: school.id, search: debounced.trim() || null },
    skip: !opened,
  });
  const [names, setNames] = useState<Record<string, string>>({});
  const members = (options.data?.school?.members?.edges ?? [])
    .map((edge) => edge.node)
    .filter((member) => member.user.id !== me?.id);
  if (school.viewerRole !== 'OWNER') return null;
  const chosenName = chosen ? names[chosen] : undefined;
  const close = () => setOpened(false);

  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        Transfer ownership
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onClosed={() => {
          setChosen(null);
          setSearch('');
        }}
        title={`Transfer ownership of ${school.name}`}
        confirmLabel="Transfer ownership"
        confirmDisabled={!chosen}
        onConfirm={async () => {
          await transfer({ variables: { schoolId: school.id, membershipId: chosen! } });
          onDone(
            `${chosenName ?? 'They'} now own${chosenName ? 's' : ''} ${school.name}. You are an admin.`,
          );
        }}
      >
        <Select
          label="New owner"
          description="Any member; type part of a name or email"
          placeholder="Choose a member"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={options.loading ? 'Looking…' : 'No member found'}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            const member = members.find((each) => each.id === value);
            if (member) setNames((known) => ({ ...known, [member.id]: member.user.name }));
          }}
          data={members.map((member) => ({
            value: member.id,
            label: `${member.user.name} (${roleInText(member.role)})`,
          }))}
          comboboxProps={{ withinPortal: false }}
        />
        <Text>
          {chosenName ?? 'The member you choose'} becomes the owner.{' '}
          <strong>You become an admin</strong>: you keep managing invitations, groups and members,
          but no longer the school&apos;s settings, and only the new owner can hand it back.
        </Text>
      </ConfirmDialog>
    </>
  );
}
