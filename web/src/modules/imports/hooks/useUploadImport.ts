import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, dataOf } from '../../../api/client';
import { useSession } from '../../account/hooks/useSession';
import { formatOf, type ImportObject } from '../import-types';
import { uploadImportFile } from '../upload-import-file';

interface NewImport {
  object: ImportObject;
  file: File;
}

/** Creates an import and uploads its file, with the bytes sent so far; leaving the page stops it. */
export function useUploadImport() {
  const me = useSession();
  const queryClient = useQueryClient();
  const [sentBytes, setSentBytes] = useState(0);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const mutation = useMutation({
    mutationFn: async ({ object, file }: NewImport) => {
      setSentBytes(0);
      controller.current = new AbortController();
      const created = dataOf(
        await api.POST('/imports', {
          body: { object, format: formatOf(file), filename: file.name.slice(0, 255) },
        }),
      );
      try {
        return await uploadImportFile({
          importId: created.id,
          file,
          csrfToken: me.csrfToken,
          onProgress: setSentBytes,
          signal: controller.current.signal,
        });
      } catch (error) {
        // A half-uploaded import can never start: cancel it rather than list it as uploading forever.
        await api.POST('/imports/{id}/cancel', { params: { path: { id: created.id } } }).catch(() => {});
        throw error;
      }
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
  return { ...mutation, sentBytes };
}
