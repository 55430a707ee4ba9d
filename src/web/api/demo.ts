import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client.js';

export function useLoadDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<{ people: number }>('POST', '/demo'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['people'] }),
  });
}
