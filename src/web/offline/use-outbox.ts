import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { OUTBOX_CHANGED, type OutboxItem, readOutbox } from './outbox.js';
import { OUTBOX_SENT, sendOutbox } from './send-outbox.js';

/** The user's outbox as it is now, re-read whenever it changes. */
export function useOutbox(userId: string): OutboxItem[] {
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    let current = true;
    const read = () => {
      readOutbox(userId)
        .then((list) => {
          if (current) setItems(list);
        })
        .catch(() => {});
    };
    read();
    window.addEventListener(OUTBOX_CHANGED, read);
    return () => {
      current = false;
      window.removeEventListener(OUTBOX_CHANGED, read);
    };
  }, [userId]);
  return items;
}

/** Whether the browser says it has a connection; follows its online and offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

const RETRY_MS = 10_000;

/**
 * Sends the outbox when the page opens, when the connection returns, when something is
 * added, and every ten seconds (an empty outbox costs one IndexedDB read): a server that
 * was down, or a connection the browser never said it lost (navigator.onLine is often
 * wrong on venue Wi-Fi), comes back without an online event.
 */
export function useOutboxSender(userId: string): void {
  const client = useQueryClient();
  useEffect(() => {
    const send = () => {
      if (navigator.onLine) sendOutbox(userId).catch(() => {});
    };
    // What the server now holds shows on every open page (a timeline, Today) without a reload.
    const refresh = () => void client.invalidateQueries();
    send();
    window.addEventListener('online', send);
    window.addEventListener(OUTBOX_CHANGED, send);
    window.addEventListener(OUTBOX_SENT, refresh);
    const timer = window.setInterval(send, RETRY_MS);
    return () => {
      window.removeEventListener('online', send);
      window.removeEventListener(OUTBOX_CHANGED, send);
      window.removeEventListener(OUTBOX_SENT, refresh);
      window.clearInterval(timer);
    };
  }, [userId, client]);
}
