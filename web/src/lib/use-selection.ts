import { useCallback, useState } from 'react';

/** The ids ticked in a list with checkboxes: one toggled at a time, or many set at once. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (id: string) =>
      setSelected((now) => {
        const next = new Set(now);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  return { selected, setSelected, toggle };
}
