import { TagsInput, type TagsInputProps } from '@mantine/core';

/**
 * The email domains a new invitation narrows the school's to. Its own module so the form loads it
 * only when the school's policy has domains: most schools have none.
 */
export function DomainsPicker(props: TagsInputProps) {
  return <TagsInput splitChars={[',', ' ', ';']} clearable {...props} />;
}
