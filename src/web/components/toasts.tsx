import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

/** A short message after an action, with Undo while the server can still take it back. */
export type Toast = { message: string; undo?: () => Promise<unknown> };

type Shown = Toast & { id: number };

const ToastContext = createContext<(toast: Toast) => void>(() => undefined);

/** How long Undo stays offered. */
export const TOAST_MS = 8000;

export function useToast(): (toast: Toast) => void {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const next = useRef(0);
  const show = useCallback((toast: Toast) => {
    next.current += 1;
    setFailed(null);
    setShown({ ...toast, id: next.current });
  }, []);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown((current) => (current?.id === shown.id ? null : current)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  const undo = async (toast: Shown) => {
    try {
      await toast.undo?.();
      setShown({ id: toast.id, message: 'Undone.' });
    } catch {
      setFailed('Could not undo: the change stays.');
    }
  };
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {shown ? (
          <div className="toast">
            <span>{failed ?? shown.message}</span>
            {shown.undo && !failed ? (
              <button type="button" className="button small" onClick={() => void undo(shown)}>
                Undo
              </button>
            ) : null}
            <button type="button" className="button small ghost" aria-label="Close" onClick={() => setShown(null)}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </ToastContext.Provider>
  );
}
