'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Principal } from '@/lib/auth/roles';

interface SessionValue {
  /** Who is signed in, as the server saw it when the page was rendered; null for an anonymous visitor. */
  user: Principal | null;
}

const SessionContext = createContext<SessionValue>({ user: null });

/** Given by the root layout, so that any client component can show or hide what the user's role allows. */
export function SessionProvider({ user, children }: { user: Principal | null; children: ReactNode }) {
  return <SessionContext.Provider value={{ user }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  return useContext(SessionContext);
}
