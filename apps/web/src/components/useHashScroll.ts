import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the element a link's `#hash` names: the router does not, and the section (e.g.
 * `/training#ssafe-exemption` from the DO's home) appears, or is pushed down by what loads above
 * it, only as the page's data arrives. So it scrolls again on each change of the page for a few
 * seconds, and stops at once when the person scrolls or types themselves.
 */
export function useHashScroll(): void {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    const scroll = () => document.getElementById(id)?.scrollIntoView({ block: 'start' });
    const observer = new MutationObserver(scroll);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      for (const e of ['wheel', 'touchstart', 'keydown'] as const)
        window.removeEventListener(e, stop);
    };
    const timer = setTimeout(stop, 5000);
    for (const e of ['wheel', 'touchstart', 'keydown'] as const)
      window.addEventListener(e, stop, { passive: true });
    observer.observe(document.body, { childList: true, subtree: true });
    scroll();
    return stop;
  }, [pathname, hash]);
}
