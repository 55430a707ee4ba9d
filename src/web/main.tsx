// The shared base styles first: each screen's own CSS (imported by its page) comes after them, as it did in one file.
import './styles.css';
import {
  MutationCache,
  onlineManager,
  QueryCache,
  QueryClient,
  QueryClientProvider,
  replaceEqualDeep,
} from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { meKey } from './api/auth.js';
import { ApiError } from './api/client.js';
import { App } from './app.js';
import { isKeptCopy } from './offline/kept-copy.js';
import { registerServiceWorker } from './offline/service-worker.js';

// A 401 anywhere means the session ended: back to the sign-in page.
const onError = (error: unknown) => {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(meKey, null);
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    // Offline a change fails at once with its error rather than waiting unseen for a connection.
    mutations: { networkMode: 'always' },
    queries: {
      // An answer the service worker gave from its copy stands in for the server's until the
      // server gives one, and never passes for it: taken as fresh, the copy given just after
      // the outbox sent (the server slower than the worker's 5 s, or the worker's request
      // failing while the page's went through) stayed, a timeline without what was just sent.
      // So a copy is stale at once (a mount or the connection's return asks again), is asked
      // again every few seconds while online, and keeps its identity even when equal to the
      // data before it, or it would pass for that.
      staleTime: (query) => (isKeptCopy(query.state.data) ? 0 : 30_000),
      refetchInterval: (query) => (isKeptCopy(query.state.data) && onlineManager.isOnline() ? 5_000 : false),
      structuralSharing: (before, after) => (isKeptCopy(after) ? after : replaceEqualDeep(before, after)),
      refetchOnWindowFocus: false,
      // Offline, a read still goes out: the service worker answers it with the last copy it kept.
      networkMode: 'offlineFirst',
      // A 4xx will not get better by asking again.
      retry: (count, error) =>
        count < 2 && !(error instanceof Error && 'status' in error && Number(error.status) < 500),
    },
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

registerServiceWorker();
