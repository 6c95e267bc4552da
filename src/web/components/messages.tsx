import type { ReactNode } from 'react';

/**
 * An error that needs attention now: announced immediately by screen readers. With an `id` it is a form's error
 * summary, which takes focus after a refusal that marks no field (tabIndex -1: focusable by script, not by Tab).
 */
export const ErrorAlert = ({ children, id }: { children: ReactNode; id?: string }) => (
  <div role="alert" className="message message--error" id={id} tabIndex={id ? -1 : undefined}>
    {children}
  </div>
);

/**
 * A polite confirmation. The live region is always rendered, empty or not, because screen readers only announce
 * changes inside a region that already existed.
 */
export const StatusMessage = ({ children, tone = 'success' }: { children?: ReactNode; tone?: 'success' | 'note' }) => (
  <div role="status" className={children ? `message message--${tone}` : 'message message--empty'}>
    {children}
  </div>
);

export const Loading = ({ children }: { children: ReactNode }) => (
  <p role="status" className="loading">
    {children}
  </p>
);
