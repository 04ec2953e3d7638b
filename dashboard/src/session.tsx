import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'emulation-graph.token';

/** What the token says of its holder, read for display only: the gateway and subgraphs verify it. */
export interface Identity {
  subject?: string;
  role?: string;
  district?: string;
  cluster?: string;
  expiresAt?: Date;
}

export function identityOf(token: string): Identity | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return {
      subject: claims.sub,
      role: claims.role,
      district: claims.district,
      cluster: claims.cluster,
      expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : undefined,
    };
  } catch {
    return null;
  }
}

interface Session {
  token: string | null;
  identity: Identity | null;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session>({ token: null, identity: null, signIn() {}, signOut() {} });

/** The officer's token, kept for the browser tab only (sessionStorage): closing the tab signs out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(STORAGE_KEY));
  const session = useMemo<Session>(
    () => ({
      token,
      identity: token ? identityOf(token) : null,
      signIn(next) {
        sessionStorage.setItem(STORAGE_KEY, next);
        setToken(next);
      },
      signOut() {
        sessionStorage.removeItem(STORAGE_KEY);
        setToken(null);
      },
    }),
    [token],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export const useSession = (): Session => useContext(SessionContext);
