import { api, dataOf } from '../../api/client';
import { formatBytes } from '../../ui/format';

/** The server's limit (MAX_ATTACHMENT_BYTES in src/modules/timeline/timeline.rules.ts): 10 MiB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Why a chosen file cannot be attached, said before anything is sent; null when it can. */
export function attachmentProblem(file: Pick<File, 'name' | 'size'>): string | null {
  if (file.size > MAX_ATTACHMENT_BYTES)
    return `${file.name} is ${formatBytes(file.size)}: a file may be up to 10 MiB (${formatBytes(MAX_ATTACHMENT_BYTES)}).`;
  return null;
}

/** Chosen files split into those that may be sent and the reasons the others may not. */
export function sortChosen<F extends Pick<File, 'name' | 'size'>>(chosen: readonly F[]) {
  const accepted: F[] = [];
  const refused: string[] = [];
  for (const file of chosen) {
    const problem = attachmentProblem(file);
    if (problem === null) accepted.push(file);
    else refused.push(problem);
  }
  return { accepted, refused };
}

/**
 * Sends one file as the raw body of POST /activities/{id}/attachments, its type as Content-Type and
 * its name in the query: the server reads bytes, not a form.
 */
export async function uploadAttachment(activityId: string, file: File) {
  return dataOf(
    await api.POST('/activities/{id}/attachments', {
      params: { path: { id: activityId }, query: { filename: file.name } },
      // The typed body is a string (OpenAPI's binary); the File is sent as it is, streamed by the browser.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    }),
  );
}

/** Uploads files one after the other; the names of those that failed, with the reason, are returned. */
export async function uploadAttachments(activityId: string, files: readonly File[]) {
  const failed: { file: File; error: unknown }[] = [];
  for (const file of files) {
    try {
      await uploadAttachment(activityId, file);
    } catch (error) {
      failed.push({ file, error });
    }
  }
  return failed;
}
