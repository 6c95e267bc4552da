import type { ReactNode } from 'react';

/** An error that needs attention now: announced immediately by screen readers. */
export const ErrorAlert = ({ children }: { children: ReactNode }) => (
  <div role="alert" className="message message--error">
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
