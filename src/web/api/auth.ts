import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, ChangePasswordInput, CreatedToken, SignInInput, SignUpInput } from '../../core/auth/schema.js';
import type { ServerSettings } from '../../core/server-settings/schema.js';
import type { User } from '../../core/users/schema.js';
import { forgetApiAnswers } from '../offline/service-worker.js';
import { ApiError, request } from './client.js';

export type { ApiToken, CreatedToken, ServerSettings, User };

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

/** What the sign-in page offers before anyone is signed in: is sign-up open? */
export function useAuthConfig() {
  return useQuery({
    queryKey: ['auth', 'config'],
    queryFn: ({ signal }) => request<{ signUp: boolean }>('GET', '/auth/config', { signal }),
  });
}

/** Creates an account and signs it in (only while an admin has sign-up on). */
export function useSignUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignUpInput) => request<User>('POST', '/auth/sign-up', { body: input }),
    onSuccess: (user) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      client.setQueryData(meKey, user);
    },
  });
}

/** The server's settings; admins only (anyone else gets 404). */
export function useServerSettings(enabled: boolean) {
  return useQuery({
    queryKey: ['server-settings'],
    enabled,
    queryFn: ({ signal }) => request<ServerSettings>('GET', '/server-settings', { signal }),
  });
}

export function useUpdateServerSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<ServerSettings>) =>
      request<ServerSettings>('PATCH', '/server-settings', { body: input }),
    onSuccess: (settings) => {
      client.setQueryData(['server-settings'], settings);
      return client.invalidateQueries({ queryKey: ['auth', 'config'] });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await request<null>('POST', '/auth/sign-out');
      await forgetApiAnswers();
    },
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
