import { useEffect } from 'react';

/**
 * Keeps the document title to the page's heading ("Ada Okafor · kith"), whatever the
 * route: the first h1 in main, read again whenever main changes (pages load their data
 * after the route renders).
 */
export function usePageTitle(): void {
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const update = () => {
      const heading = main.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} · kith` : 'kith';
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
}
