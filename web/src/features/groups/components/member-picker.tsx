import { useQuery } from '@apollo/client/react';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS, type SchoolRole } from '@school-invites/shared';
import { useMemo, useState } from 'react';
import { roleInText } from '../../../lib/labels';
import { SchoolMemberOptionsQuery } from '../api/school-member-options';

/** A member of the school as the picker shows it: the membership id is what the mutations take. */
export interface PickedMember {
  id: string;
  name: string;
  role: SchoolRole;
}

/**
 * Picks members of the school by typing part of a name or email (searched on the server). Only
 * members whose role is in `roles` are offered; members already in `inGroupId` show but cannot be
 * picked again.
 */
export function MemberPicker({
  schoolId,
  roles,
  inGroupId,
  value,
  onChange,
  label,
  description,
  placeholder = 'Type a name or email',
  max = LIMITS.groupMembersPerChangeMax,
}: {
  schoolId: string;
  roles: readonly SchoolRole[];
  inGroupId?: string;
  value: PickedMember[];
  onChange: (value: PickedMember[]) => void;
  label: string;
  description?: string;
  placeholder?: string;
  max?: number;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(SchoolMemberOptionsQuery, {
    variables: { schoolId, search: debounced || null, first: 20 },
  });
  const found = useMemo(
    () =>
      (data?.school?.members?.edges ?? [])
        .map(({ node }) => node)
        .filter((node) => roles.includes(node.role)),
    [data, roles],
  );
  // The chosen stay in the options (Mantine shows a pill only for a known option), whatever is typed.
  const known = new Map<string, PickedMember & { disabled?: boolean }>();
  for (const picked of value) known.set(picked.id, picked);
  for (const node of found)
    if (!known.has(node.id))
      known.set(node.id, {
        id: node.id,
        name: node.user.name,
        role: node.role,
        disabled: Boolean(inGroupId && node.groups.some((group) => group.id === inGroupId)),
      });

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : placeholder}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server searched already (names and emails); Mantine would filter by the label alone.
      filter={({ options }) => options}
      data={[...known.values()].map((member) => ({
        value: member.id,
        label: `${member.name} (${roleInText(member.role)}${member.disabled ? ', already in' : ''})`,
        disabled: member.disabled,
      }))}
      value={value.map((picked) => picked.id)}
      onChange={(ids) => onChange(ids.map((id) => known.get(id)!).filter(Boolean))}
      maxValues={max}
      nothingFoundMessage={loading ? 'Searching…' : 'Nobody found'}
      hidePickedOptions
    />
  );
}
