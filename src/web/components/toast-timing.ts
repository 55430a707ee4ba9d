/** How long a toast, and so its Undo, stays offered. */
export const TOAST_MS = 8000;
