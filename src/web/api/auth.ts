import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, ChangePasswordInput, CreatedToken, SignInInput } from '../../core/auth/schema.js';
import type { User } from '../../core/users/schema.js';
import { ApiError, request } from './client.js';

export type { ApiToken, CreatedToken, User };

export const meKey = ['auth', 'me'] as const;

/** The signed-in user, or null when nobody is (the app then shows the sign-in page). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async ({ signal }) => {
      try {
        return await request<User>('GET', '/auth/me', { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => request<User>('POST', '/auth/sign-in', { body: input }),
    onSuccess: (user) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      client.setQueryData(meKey, user);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<null>('POST', '/auth/sign-out'),
    onSuccess: () => {
      client.setQueryData(meKey, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => request<null>('POST', '/auth/password', { body: input }),
  });
}

export function useTokens() {
  return useQuery({
    queryKey: ['tokens'],
    queryFn: ({ signal }) => request<ApiToken[]>('GET', '/tokens', { signal }),
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => request<CreatedToken>('POST', '/tokens', { body: { name } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<null>('DELETE', `/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
