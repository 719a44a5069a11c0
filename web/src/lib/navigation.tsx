import { createContext, useContext } from 'react';

/**
 * Loads another page of the product. The join app has no client-side router: a page it links to
 * (a school, the admin screens) belongs to the admin app and loads as a document. Tests provide a
 * recorder instead of leaving the page.
 */
const GoToContext = createContext<(url: string) => void>((url) => window.location.assign(url));

export const GoToProvider = GoToContext.Provider;

export function useGoTo() {
  return useContext(GoToContext);
}
