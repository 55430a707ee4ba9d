import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DuplicatePairView as DuplicatePair } from '../../core/dedupe/schema.js';
import type { ImportFormat, ImportSummary } from '../../core/import/schema.js';
import { ApiError, type ApiErrorBody, apiPath, request } from './client.js';

export { importFormats } from '../../core/import/constants.js';
export type { ImportFormat, ImportSummary };

export const formatLabels: Record<ImportFormat, string> = {
  linkedin: 'LinkedIn Connections.csv',
  google: 'Google Contacts CSV',
  csv: 'Outlook or kith CSV',
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
  if (
    (/E-mail Address/i.test(head) && /Job Title|Business Phone/i.test(head)) ||
    /^"?id"?,"?display_name"?,/m.test(head)
  )
    return 'csv';
  if (/E-mail 1 - (Value|Type)|Given Name|Middle Name|Group Membership/i.test(head)) return 'google';
  return null;
}

/** Rows in the file, for the progress line: non-empty lines (a rough count for CSV with quoted newlines). */
export function countRows(text: string): number {
  let rows = 0;
  for (const line of text.split(/\r?\n/)) if (line.trim()) rows++;
  return rows;
}

/** Where an import stands: sending the file (bytes so far of total), then waiting for the server. */
export type ImportProgress = { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing' };

function errorFrom(status: number, text: string): ApiError {
  let error: Partial<ApiErrorBody['error']> | undefined;
  try {
    error = (JSON.parse(text) as Partial<ApiErrorBody> | null)?.error;
  } catch {
    error = undefined;
  }
  return new ApiError(
    status,
    error?.code ?? 'HTTP_ERROR',
    error?.message ?? `The server answered ${status}`,
    error?.details,
  );
}

/**
 * Sends the file with XMLHttpRequest, because fetch cannot report how much of a request
 * body has gone out: upload events drive the percentage, and once the last byte is sent
 * the server is parsing and saving until it answers.
 */
function postImport(
  format: ImportFormat,
  text: string,
  dryRun: boolean,
  onProgress: (progress: ImportProgress) => void,
  skipUnreadable = false,
): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    const body = new Blob([text], { type: format === 'vcard' ? 'text/vcard' : 'text/csv' });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiPath(`/import/${format}`, { dryRun: String(dryRun), skipUnreadable: String(skipUnreadable) }));
    xhr.setRequestHeader('content-type', body.type);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      onProgress({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : body.size });
    });
    xhr.upload.addEventListener('load', () => onProgress({ phase: 'processing' }));
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportSummary);
        } catch {
          reject(new ApiError(xhr.status, 'HTTP_ERROR', 'The server’s answer was not JSON'));
        }
      } else reject(errorFrom(xhr.status, xhr.responseText));
    });
    xhr.addEventListener('error', () =>
      reject(
        new ApiError(0, 'NETWORK_ERROR', 'The upload did not reach the server; check the connection and try again'),
      ),
    );
    onProgress({ phase: 'uploading', loaded: 0, total: body.size });
    xhr.send(body);
  });
}

export function useImport(onProgress: (progress: ImportProgress) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { format: ImportFormat; text: string; dryRun: boolean; skipUnreadable?: boolean }) =>
      postImport(input.format, input.text, input.dryRun, onProgress, input.skipUnreadable),
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

/** The unreadable records an import refused the file for (the error's details), if that is why it failed. */
export function unreadableOf(error: unknown): { line: number; reason: string }[] {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_FAILED') return [];
  const details = error.details as { unreadable?: { line: number; reason: string }[] } | undefined;
  return Array.isArray(details?.unreadable) ? details.unreadable : [];
}
