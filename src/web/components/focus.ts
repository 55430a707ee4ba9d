import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation } from 'wouter';

const HEADING = 'h1, h2, h3, h4, legend';

/** Focuses an element that may not take focus by itself (a heading), without scrolling past it. */
function focusQuietly(element: HTMLElement, fallback = false): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  // Marked, so a toast about the same action may still take the focus from it (toasts.tsx).
  if (fallback) element.dataset.focusFallback = 'true';
  else delete element.dataset.focusFallback;
  element.focus();
}

/** The page's heading as shown: while the next page loads, Suspense keeps the last one hidden. */
function visibleHeading(main: HTMLElement): HTMLElement | undefined {
  return [...main.querySelectorAll<HTMLElement>('h1')].find((heading) => heading.getClientRects().length > 0);
}

function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * Where the focus goes when an action leaves it nowhere. After a move to another page
 * (a save that opens the record, a delete that returns to the list), the new page's
 * heading takes it, unless the page put it somewhere itself (a search box, a form's first
 * field). When what had the focus is removed (a card that left its list, a row done),
 * the nearest part of the page still there takes it, at its heading; a toast saying what
 * happened gets the first chance (see toasts.tsx), so this waits a frame longer.
 */
export function useFocusManagement(): void {
  const [location] = useLocation();
  const shown = useRef(location);
  const pendingHeading = useRef(false);
  // The element that last had the focus, and its ancestors, to find what is left of them.
  const lastChain = useRef<HTMLElement[]>([]);
  const schedule = useRef<() => void>(() => {});

  // After every render: a new location (not the first page shown) wants its heading focused.
  useEffect(() => {
    if (shown.current === location) return;
    shown.current = location;
    pendingHeading.current = true;
    schedule.current();
  });

  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    // The button that had the focus when it was disabled (a form being sent), until something else takes it.
    let disabledWithFocus: Element | null = null;
    const onFocusIn = (event: FocusEvent) => {
      disabledWithFocus = null;
      const chain: HTMLElement[] = [];
      for (let node = event.target as HTMLElement | null; node && node !== main; node = node.parentElement) {
        chain.push(node);
      }
      lastChain.current = chain;
    };
    let frame = 0;
    const settle = () => {
      if (pendingHeading.current) {
        const heading = visibleHeading(main);
        if (!heading) return;
        pendingHeading.current = false;
        // Not from the page itself, nor from a toast about the action that led here (its Undo).
        const active = document.activeElement;
        if (focusLost() || !(main.contains(active) || active?.closest('.toast-region'))) focusQuietly(heading);
        return;
      }
      const chain = lastChain.current;
      const last = chain[0];
      if (!last || !focusLost()) return;
      if (last.isConnected) {
        // A button disabled while it had the focus (its form being sent) lost it to the page: it takes it back once enabled.
        if (last === disabledWithFocus && !last.matches(':disabled')) {
          disabledWithFocus = null;
          last.focus();
        }
        return;
      }
      // The nearest surviving part of the page with a heading: the heading says where one is.
      const survivor = chain.find((node) => node.isConnected && node.querySelector(HEADING));
      const target = survivor?.querySelector<HTMLElement>(HEADING) ?? visibleHeading(main);
      if (target) focusQuietly(target, true);
    };
    schedule.current = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(settle);
      });
    };
    const observer = new MutationObserver((records) => {
      for (const { type, target } of records) {
        if (type === 'attributes' && target === lastChain.current[0] && (target as Element).matches(':disabled')) {
          disabledWithFocus = target as Element;
        }
      }
      schedule.current();
    });
    observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    main.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      main.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}

/**
 * A button that takes the focus back when what it opened closes (Edit after its form, Log
 * after Cancel): `focusOnReturn()` before the state change that shows it again, and the
 * focus moves in that same commit. A frame later, on a busy machine, the focus lost with
 * the form had already gone to the nearest heading (useFocusManagement).
 */
export function useFocusOnReturn<T extends HTMLElement>(
  shown: boolean,
): {
  ref: RefObject<T | null>;
  focusOnReturn: () => void;
} {
  const ref = useRef<T>(null);
  const wanted = useRef(false);
  useLayoutEffect(() => {
    if (!shown || !wanted.current) return;
    wanted.current = false;
    ref.current?.focus();
  }, [shown]);
  return {
    ref,
    focusOnReturn: () => {
      wanted.current = true;
    },
  };
}
