import type { DataSource } from 'typeorm';
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

export function createContext(
  db: DataSource,
  services: Services,
  viewer: Viewer | null,
  request: { ip: string; sessionCookie: SessionCookie },
): Context {
  const loaders = createLoaders(db, viewer);
  return {
    ...request,
    services,
    viewer,
    loaders,
    access: new SchoolAccess(viewer, loaders),
    // Apollo shallow-copies the context per operation, so this must update the copy it was called on.
    setViewer(this: Context, next) {
      this.viewer = next;
      this.loaders = createLoaders(db, next);
      this.access = new SchoolAccess(next, this.loaders);
    },
  };
}
