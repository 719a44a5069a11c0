import { SchoolAccess } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { Services } from '../services';
import { createLoaders, type Loaders } from './loaders';

/** Lets resolvers start or end the browser session without touching the HTTP objects. */
export interface SessionCookie {
  set(token: string): void;
  clear(): void;
}

export interface Context {
  viewer: Viewer | null;
  access: SchoolAccess;
  loaders: Loaders;
  services: Services;
  /** The caller's address, for per-IP rate limits. */
  ip: string;
  sessionCookie: SessionCookie;
  /** After sign-up or sign-in, the rest of the operation runs as the new viewer. */
  setViewer(viewer: Viewer | null): void;
}

/** What every operation of one request shares: its loaders, and the viewer's standing in schools. */
export function requestScope(
  services: Services,
  viewer: Viewer | null,
): { loaders: Loaders; access: SchoolAccess } {
  const loaders = createLoaders(services.repositories, viewer);
  return { loaders, access: new SchoolAccess(viewer, loaders.viewerRole, loaders.viewerLedGroups) };
}

export function createContext(
  services: Services,
  viewer: Viewer | null,
  request: { ip: string; sessionCookie: SessionCookie },
): Context {
  return {
    ...request,
    ...requestScope(services, viewer),
    services,
    viewer,
    // Apollo shallow-copies the context per operation, so this must update the copy it was called on.
    setViewer(this: Context, next) {
      this.viewer = next;
      Object.assign(this, requestScope(services, next));
    },
  };
}
