// The shared base styles first: each screen's own CSS (imported by its page) comes after them, as it did in one file.
import './styles.css';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { meKey } from './api/auth.js';
import { ApiError } from './api/client.js';
import { App } from './app.js';
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
      staleTime: 30_000,
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
