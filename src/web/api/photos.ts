import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PhotoInfo } from '../../core/photos/schema.js';
import { ApiError, type ApiErrorBody, apiPath, request } from './client.js';

export type { PhotoInfo };

/** Who has a photo, and its version: avatars ask for `/people/:id/photo?v=version`, so a new photo is a new address. */
export function usePhotoVersions() {
  return useQuery({
    queryKey: ['photos'],
    queryFn: async ({ signal }) => {
      const { items } = await request<{ items: { personId: string; hash: string }[] }>('GET', '/photos', { signal });
      return new Map(items.map((item) => [item.personId, item.hash]));
    },
    staleTime: 60_000,
  });
}

/** The address of a person's picture at a version. */
export function photoUrl(personId: string, hash: string): string {
  return apiPath(`/people/${encodeURIComponent(personId)}/photo`, { v: hash });
}

/** A person's photo (a picture, or a link kith does not fetch), or null when they have none. */
export function usePhotoInfo(personId: string) {
  return useQuery({
    queryKey: ['photos', 'one', personId],
    queryFn: async ({ signal }) =>
      (
        await request<{ photo: PhotoInfo | null }>('GET', `/people/${encodeURIComponent(personId)}/photo/info`, {
          signal,
        })
      ).photo,
  });
}

/** Sends a picture's bytes as they are (the server resizes); errors come back as ApiError. */
async function uploadPhoto(personId: string, file: Blob): Promise<PhotoInfo> {
  const response = await fetch(apiPath(`/people/${encodeURIComponent(personId)}/photo`), {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', accept: 'application/json' },
    body: file,
  });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const body = data as Partial<ApiErrorBody> | null;
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'HTTP_ERROR',
      body?.error?.message ??
        (response.status === 413 ? 'The photo is too large' : `The server answered ${response.status}`),
      body?.error?.details,
    );
  }
  return data as PhotoInfo;
}

export function useSetPhoto(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) => uploadPhoto(personId, file),
    onSuccess: () => client.invalidateQueries({ queryKey: ['photos'] }),
  });
}

export function useRemovePhoto(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<null>('DELETE', `/people/${encodeURIComponent(personId)}/photo`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['photos'] }),
  });
}
