import { useEffect } from 'react';

const PRODUCT = 'school-invites';

/** "Invites · Hillside Primary · school-invites": each page names itself in the tab and history. */
export function useDocumentTitle(...parts: (string | null | undefined | false)[]) {
  const title = [...parts.filter(Boolean), PRODUCT].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
