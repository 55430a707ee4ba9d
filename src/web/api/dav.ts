import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedToken } from '../../core/auth/schema.js';
import { request } from './client.js';

/** A new app password for a phone's address book (shown once); tokens are listed by `useTokens`. */
export function useCreateAppPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => request<CreatedToken>('POST', '/tokens', { body: { name, dav: true } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
