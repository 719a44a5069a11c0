import { formatInviteCode, inviteCodeProblem, normalizeInviteCode } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { Button, TextField } from '../../../components/ui/plain';

const PROBLEM_TEXT = {
  EMPTY: 'Type the code you were given.',
  TOO_SHORT: 'That code is too short. Codes have 11 characters.',
  TOO_LONG: 'That code is too long. Codes have 11 characters.',
  INVALID_CHARACTER:
    'That code looks mistyped: check each character. Codes never contain 0, O, 1, I or L.',
  MISTYPED: 'That code looks mistyped: check each character.',
} as const;

export type Credentials = { token: string } | { code: string };

/** Pulls a code out of whatever was pasted: a formatted code, lower case, or a whole invite link. */
export function codeFromInput(input: string): Credentials {
  const link = /\/invite\/([A-Za-z0-9_-]+)/.exec(input);
  return link ? { token: link[1]! } : { code: normalizeInviteCode(input) };
}

/** One field that accepts a code however it is typed and catches typos before asking the server. */
export function CodeInput({
  onSubmit,
  autoFocus = false,
}: {
  onSubmit: (value: Credentials) => void;
  autoFocus?: boolean;
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = codeFromInput(value);
    if ('code' in parsed) {
      const problem = inviteCodeProblem(parsed.code);
      if (problem) return setError(PROBLEM_TEXT[problem]);
    }
    setError(null);
    onSubmit(parsed);
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <TextField
        label="Invitation code"
        description="Letters and digits, like K7QM-X3TR-9BX. Spaces and dashes don't matter."
        value={value}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          setValue(raw.includes('/') ? raw : formatInviteCode(raw));
          setError(null);
        }}
        error={error}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        autoFocus={autoFocus}
        size="lg"
        className="field-code"
      />
      <Button type="submit" size="lg">
        Continue
      </Button>
    </form>
  );
}
