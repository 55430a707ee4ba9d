import './toasts.css';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { TOAST_MS } from './toast-timing.js';

/**
 * A short message after an action, with Undo while the server can still take it back.
 * `expire` runs once the toast goes without Undo (timed out, closed or replaced): a
 * delete is an archive until then, and the purge happens here.
 */
export type Toast = { message: string; undo?: () => Promise<unknown>; expire?: () => void };

type Shown = Toast & { id: number };

const ToastContext = createContext<(toast: Toast) => void>(() => undefined);

export function useToast(): (toast: Toast) => void {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const next = useRef(0);
  const current = useRef<Shown | null>(null);
  /** Replaces what is shown; the toast going away without Undo runs its expire. */
  const replace = useCallback((toast: Shown | null) => {
    const previous = current.current;
    current.current = toast;
    setShown(toast);
    if (previous && previous.id !== toast?.id) previous.expire?.();
  }, []);
  const show = useCallback(
    (toast: Toast) => {
      next.current += 1;
      setFailed(null);
      replace({ ...toast, id: next.current });
    },
    [replace],
  );
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => {
      if (current.current?.id === shown.id) replace(null);
    }, TOAST_MS);
    return () => clearTimeout(timer);
  }, [shown, replace]);
  const undo = async (toast: Shown) => {
    try {
      // Undone: nothing is left to expire.
      current.current = { id: toast.id, message: 'Undone.' };
      await toast.undo?.();
      setShown({ id: toast.id, message: 'Undone.' });
    } catch {
      setFailed('Could not undo: the change stays.');
    }
  };
  // After an action that removed what had the focus (a card that left its list, a row
  // deleted), the focus would fall to the page's body: the message about it takes it.
  const messageRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!shown) return;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      const lost = !active || active === document.body || !active.isConnected;
      // A heading focused only because the action removed what had the focus gives way to the message.
      if (lost || (active instanceof HTMLElement && active.dataset.focusFallback)) messageRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [shown]);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {shown ? (
          <div className="toast">
            <span ref={messageRef} tabIndex={-1}>
              {failed ?? shown.message}
            </span>
            {shown.undo && !failed ? (
              <button type="button" className="button small" onClick={() => void undo(shown)}>
                Undo
              </button>
            ) : null}
            <button type="button" className="button small ghost" aria-label="Close" onClick={() => replace(null)}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </ToastContext.Provider>
  );
}
