import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DuplicatePairView as DuplicatePair } from '../../core/dedupe/schema.js';
import type { ImportFormat, ImportSummary } from '../../core/import/schema.js';
import { ApiError, type ApiErrorBody, apiPath, request } from './client.js';

export type { ImportFormat, ImportSummary };
export const importFormats: readonly ImportFormat[] = ['linkedin', 'google', 'vcard'];

export const formatLabels: Record<ImportFormat, string> = {
  linkedin: 'LinkedIn Connections.csv',
  google: 'Google Contacts CSV',
  vcard: 'vCard (.vcf, phone export)',
};

/**
 * The format a file most likely is, from its name and first lines: vCards start with
 * BEGIN:VCARD, LinkedIn's export has "Connected On" (and often a Notes: preamble),
 * Google's has "E-mail 1 - Value" or "Given Name". Null when nothing matches.
 */
export function detectFormat(name: string, text: string): ImportFormat | null {
  const head = text.slice(0, 4096);
  if (/\.vcf$/i.test(name) || /^\s*BEGIN:VCARD/im.test(head)) return 'vcard';
  if (/Connected On/i.test(head) || /^Notes:/m.test(head)) return 'linkedin';
  if (/E-mail 1 - (Value|Type)|Given Name|Middle Name|Group Membership/i.test(head)) return 'google';
  return null;
}

/** Rows in the file, for the progress line: non-empty lines (a rough count for CSV with quoted newlines). */
export function countRows(text: string): number {
  let rows = 0;
  for (const line of text.split(/\r?\n/)) if (line.trim()) rows++;
  return rows;
}

async function postImport(format: ImportFormat, text: string, dryRun: boolean): Promise<ImportSummary> {
  const response = await fetch(apiPath(`/import/${format}`, { dryRun: String(dryRun) }), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': format === 'vcard' ? 'text/vcard' : 'text/csv', accept: 'application/json' },
    body: text,
  });
  const body = await response.text();
  const data: unknown = body ? JSON.parse(body) : null;
  if (!response.ok) {
    const error = (data as Partial<ApiErrorBody> | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'HTTP_ERROR',
      error?.message ?? `The server answered ${response.status}`,
      error?.details,
    );
  }
  return data as ImportSummary;
}

export function useImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { format: ImportFormat; text: string; dryRun: boolean }) =>
      postImport(input.format, input.text, input.dryRun),
    onSuccess: (summary) => {
      if (!summary.dryRun) return client.invalidateQueries();
    },
  });
}

export type { DuplicatePair };

/** Likely duplicates, shown after an import so a merge is one click away on the person page. */
export function useDuplicates(enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'duplicates'],
    enabled,
    queryFn: ({ signal }) =>
      request<{ items: DuplicatePair[] }>('GET', '/duplicates', { query: { limit: 20 }, signal }),
  });
}
