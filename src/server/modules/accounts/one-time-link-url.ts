/**
 * The link people click. The token travels in the fragment, which browsers never send to a server: it stays out of
 * access logs, proxies and Referer headers, and the page posts it in a body (decision 040).
 */
export const oneTimeLinkUrl = (publicUrl: URL, page: 'uitnodiging' | 'nieuw-wachtwoord' | 'ondertekenen', token: string): string => {
  const url = new URL(`/${page}`, publicUrl);
  url.hash = token;
  return url.toString();
};
