'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * Moving the focus to the Details heading once the record chosen is shown: the choice is made in one place (search,
 * table, meetings, a claim, the canvas by keyboard) and the heading appears later, when the record has loaded.
 */
interface DetailsFocus {
  /** Whether a choice asked for the focus since the last call: the heading that takes it calls this once. */
  takeRequest: () => boolean;
  /** Changes with every request, so that a heading already shown takes the focus again. */
  request: number;
}

const DetailsFocusContext = createContext<DetailsFocus | null>(null);

export function DetailsFocusProvider({ value, children }: { value: DetailsFocus; children: ReactNode }) {
  return <DetailsFocusContext.Provider value={value}>{children}</DetailsFocusContext.Provider>;
}

/** The provider's value, and the function that asks for the focus to move to the Details heading. */
export function useDetailsFocusRequest(): { value: DetailsFocus; requestFocus: () => void } {
  const wanted = useRef(false);
  const [request, setRequest] = useState(0);
  const requestFocus = useCallback(() => {
    wanted.current = true;
    setRequest((count) => count + 1);
  }, []);
  const takeRequest = useCallback(() => {
    const asked = wanted.current;
    wanted.current = false;
    return asked;
  }, []);
  const value = useMemo(() => ({ takeRequest, request }), [takeRequest, request]);
  return { value, requestFocus };
}

/** The heading of the record in Details; it takes the focus when a choice asked for it. */
export function DetailsHeading({ children }: { children: ReactNode }) {
  const focus = useContext(DetailsFocusContext);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus?.takeRequest()) heading.current?.focus();
  }, [focus]);
  return (
    <h2 id="details-title" tabIndex={-1} ref={heading}>
      {children}
    </h2>
  );
}
