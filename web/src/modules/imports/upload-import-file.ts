import { apiErrorFrom } from '../../api/api-error';
import type { ImportJob } from './import-types';

interface UploadOptions {
  importId: string;
  file: File;
  csrfToken: string | null;
  onProgress: (sentBytes: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends the file as the raw body of PUT /imports/{id}/file, which the server streams into the
 * database in 1 MiB chunks. XMLHttpRequest, not fetch: it reports upload progress, and given the
 * File itself the browser streams it from disk, so a 1 GB file never sits in the page's memory
 * (fetch can only stream a request body over HTTP/2).
 */
export function uploadImportFile({
  importId,
  file,
  csrfToken,
  onProgress,
  signal,
}: UploadOptions): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', `/api/v1/imports/${encodeURIComponent(importId)}/file`);
    request.withCredentials = true;
    request.setRequestHeader('Content-Type', file.name.match(/\.(vcf|vcard)$/i) ? 'text/vcard' : 'text/csv');
    // Writes with the session cookie must echo its CSRF token (src/platform/http/mount.ts).
    if (csrfToken) request.setRequestHeader('X-CSRF-Token', csrfToken);
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = async () => {
      const response = new Response(request.responseText, {
        status: request.status,
        statusText: request.statusText,
        headers: { 'Content-Type': request.getResponseHeader('Content-Type') ?? 'application/json' },
      });
      if (response.ok) resolve((await response.json()) as ImportJob);
      else reject(await apiErrorFrom(response));
    };
    request.onerror = () => reject(new Error('The upload was interrupted: the server could not be reached.'));
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}
