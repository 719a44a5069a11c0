import { MultiSelect, type MultiSelectProps } from '@mantine/core';

/**
 * The groups a new invitation joins. Its own module so the form loads it only when the school has
 * groups to offer: most first visits to the Invites screen never show it.
 */
export function GroupsPicker(props: MultiSelectProps) {
  return <MultiSelect searchable nothingFoundMessage="No group by that name" {...props} />;
}
