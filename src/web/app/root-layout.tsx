import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { pageHeadingId } from '../components/page-heading';

/**
 * After a client-side navigation nothing tells a screen reader that the page changed, so focus moves to the new
 * page's h1 (announcing its title) and the view returns to the top. The first load keeps the browser's own focus.
 */
export const RootLayout = () => {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    window.scrollTo(0, 0);
    (document.getElementById(pageHeadingId) ?? document.querySelector<HTMLElement>('main'))?.focus();
  }, [pathname]);
  return <Outlet />;
};
