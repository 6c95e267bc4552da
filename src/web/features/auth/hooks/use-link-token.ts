import { useEffect, useState } from 'react';

/**
 * The token of a one-time link, from the address's fragment (decision 040). The fragment is then taken out of the
 * address bar, so the token is not left in the history, a bookmark or a screenshot.
 */
export const useLinkToken = (): string => {
  const [token] = useState(() => window.location.hash.slice(1));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  }, []);
  return token;
};
