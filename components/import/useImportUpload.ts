'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useReducer, useRef } from 'react';
import type { ImportFormat, ImportOptions, ImportResult } from '@/lib/import/types';
import { FILE_NAME_HEADER, PROGRESS_MEDIA_TYPE } from '@/lib/import/protocol';
import { invalidateChanged } from '@/lib/query-keys';

/**
 * Sends files to `POST /api/import` with XMLHttpRequest, whose upload events say how much of a large file has
 * gone, then reads the answer's progress lines (NDJSON) as they arrive, so that the page can show both phases.
 * The upload is a mutation: an import that is not a dry run invalidates what the records show.
 */

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; dryRun: boolean; sent: number; size: number }
  | { phase: 'processing'; dryRun: boolean; done: number; total: number; startedAt: number; at: number }
  | { phase: 'done'; dryRun: boolean; result: ImportResult }
  | { phase: 'error'; dryRun: boolean; message: string };

type Action =
  | { type: 'reset' }
  | { type: 'upload'; dryRun: boolean; sent: number; size: number }
  | { type: 'process'; dryRun: boolean; done: number; total: number; at: number }
  | { type: 'done'; dryRun: boolean; result: ImportResult }
  | { type: 'fail'; dryRun: boolean; message: string };

function reduce(state: UploadState, action: Action): UploadState {
  switch (action.type) {
    case 'reset':
      return { phase: 'idle' };
    case 'upload':
      return { phase: 'uploading', dryRun: action.dryRun, sent: action.sent, size: action.size };
    case 'process':
      // The pace is counted from the first progress line, when the server starts deciding records.
      return {
        phase: 'processing',
        dryRun: action.dryRun,
        done: action.done,
        total: action.total,
        startedAt: state.phase === 'processing' ? state.startedAt : action.at,
        at: action.at,
      };
    case 'done':
      return { phase: 'done', dryRun: action.dryRun, result: action.result };
    case 'fail':
      return { phase: 'error', dryRun: action.dryRun, message: action.message };
  }
}

type ProgressLine =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; error: { message: string } };

function errorMessage(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string } };
    if (parsed.error?.message) return parsed.error.message;
  } catch {
    // Not JSON: a proxy's page, say.
  }
  return `The server answered ${status}.`;
}

interface Upload {
  files: File[];
  format: ImportFormat;
  dryRun: boolean;
  options: ImportOptions;
}

export function useImportUpload() {
  const [state, dispatch] = useReducer(reduce, { phase: 'idle' });
  const request = useRef<XMLHttpRequest | null>(null);
  const queryClient = useQueryClient();

  const send = ({ files, format, dryRun, options }: Upload) => new Promise<ImportResult>((resolve, reject) => {
    request.current?.abort();
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open('POST', `/api/import?format=${encodeURIComponent(format)}&dryRun=${dryRun}&sectors=${options.sectors}&statements=${options.keepStatements ? 'keep' : 'skip'}`);
    xhr.setRequestHeader('Accept', PROGRESS_MEDIA_TYPE);

    const size = files.reduce((sum, file) => sum + file.size, 0);
    dispatch({ type: 'upload', dryRun, sent: 0, size });
    xhr.upload.onprogress = (event) => dispatch({ type: 'upload', dryRun, sent: event.loaded, size: event.lengthComputable ? event.total : size });
    xhr.upload.onload = () => dispatch({ type: 'process', dryRun, done: 0, total: 0, at: performance.now() });

    let read = 0;
    const readLines = () => {
      if (xhr.status !== 200) return;
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n') + 1;
      for (const line of text.slice(read, end).split('\n').filter(Boolean)) {
        const message = JSON.parse(line) as ProgressLine;
        if (message.type === 'progress') dispatch({ type: 'process', dryRun, done: message.done, total: message.total, at: performance.now() });
        else if (message.type === 'result') finish({ type: 'done', dryRun, result: message.result });
        else finish({ type: 'fail', dryRun, message: message.error.message });
      }
      read = end;
    };
    const finish = (action: Extract<Action, { type: 'done' | 'fail' }>) => {
      dispatch(action);
      if (action.type === 'done') resolve(action.result);
      else reject(new Error(action.message));
    };
    xhr.onprogress = readLines;
    xhr.onload = () => {
      if (xhr.status === 200) readLines();
      else finish({ type: 'fail', dryRun, message: errorMessage(xhr.status, xhr.responseText) });
    };
    xhr.onerror = () => finish({ type: 'fail', dryRun, message: 'Parley’s server cannot be reached. Check your connection and try again.' });
    // Replaced by another upload, or reset: nothing to show.
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));

    if (files.length === 1) {
      xhr.setRequestHeader('Content-Type', 'text/plain; charset=utf-8');
      xhr.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(files[0]!.name));
      xhr.send(files[0]!);
    } else {
      const form = new FormData();
      for (const file of files) form.append('file', file, file.name);
      xhr.send(form);
    }
  });
  const { mutate } = useMutation({
    mutationFn: async (request: Upload) => {
      const result = await send(request);
      // Here rather than in onSuccess, which is skipped when the page is left before the import ends.
      if (!request.dryRun) void invalidateChanged(queryClient, 'records');
      return result;
    },
  });
  const start = useCallback(
    (files: File[], format: ImportFormat, dryRun: boolean, options: ImportOptions) => mutate({ files, format, dryRun, options }),
    [mutate],
  );

  const reset = useCallback(() => {
    request.current?.abort();
    dispatch({ type: 'reset' });
  }, []);

  return { state, start, reset };
}
