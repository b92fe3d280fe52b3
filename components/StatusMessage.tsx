import type { ReactNode } from 'react';

interface StatusMessageProps {
  kind: 'loading' | 'empty' | 'error';
  children: ReactNode;
  action?: { label: string; onClick: () => void };
}

/** Loading, empty and error states, said in words and announced to screen readers. */
export function StatusMessage({ kind, children, action }: StatusMessageProps) {
  return (
    <div className={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-busy={kind === 'loading'}>
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      <p>{children}</p>
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
