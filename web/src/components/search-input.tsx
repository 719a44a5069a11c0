import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';
import { useRef, type RefObject } from 'react';

/**
 * The search box of the app's lists: while it holds a term, a button clears it and puts the focus
 * back in the box, so the next term can be typed at once. `onClear` runs after it is cleared.
 */
export function SearchInput({
  value,
  onChange,
  onClear,
  ref,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'rightSection'> & {
  value: string;
  onChange: (value: string) => void;
  onClear?: () => void;
  ref?: RefObject<HTMLInputElement | null>;
}) {
  const own = useRef<HTMLInputElement>(null);
  const input = ref ?? own;
  return (
    <TextInput
      {...props}
      ref={input}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      rightSection={
        value ? (
          <CloseButton
            aria-label="Clear search"
            onClick={() => {
              onChange('');
              onClear?.();
              input.current?.focus();
            }}
          />
        ) : null
      }
    />
  );
}
