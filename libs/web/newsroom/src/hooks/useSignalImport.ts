import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CommitSignalImportDocument,
  EraseResidentDataDocument,
  PreviewSignalImportDocument,
  SignalImportDocument,
  evictRootFields,
} from '@planbord/web-graphql';
import { isImportFinished, mappingInput, type FieldColumn } from '../lib/signal-import';

/** An upload the server refused, with its message (in the person's language where the server has one). */
export class UploadFailure extends Error {}

/** Sends a file for the dry run; answers the id of the run it is kept with. */
export async function uploadSignalFile(file: File): Promise<string> {
  const body = new FormData();
  body.append('file', file);
  body.append('dryRun', 'true');
  const response = await fetch('/import/signals', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'planbord' },
    body,
  });
  const answer = (await response.json().catch(() => null)) as { run?: { id: string }; error?: string } | null;
  if (!response.ok || !answer?.run?.id) throw new UploadFailure(answer?.error ?? String(response.status));
  return answer.run.id;
}

/** The dry run of an uploaded file, again with a changed mapping. */
export function usePreviewSignalImport() {
  const [mutate, state] = useMutation(PreviewSignalImportDocument);
  const run = (id: string, mapping?: readonly FieldColumn[]) =>
    mutate({ variables: { id, mapping: mapping ? mappingInput(mapping) : null } });
  return [run, state] as const;
}

/** Queues the import of a previewed file. */
export function useCommitSignalImport() {
  const [mutate, state] = useMutation(CommitSignalImportDocument);
  const run = (id: string, mapping: readonly FieldColumn[]) =>
    mutate({ variables: { id, mapping: mappingInput(mapping) } });
  return [run, state] as const;
}

/** An import's progress, read every second until it is done; then the inbox reads its signals again. */
export function useSignalImportProgress(id: string | null) {
  const { data, error, client, stopPolling } = useQuery(SignalImportDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    pollInterval: 1000,
    fetchPolicy: 'network-only',
  });
  const run = data?.signalImport ?? null;
  const finished = run ? isImportFinished(run.status) : false;
  useEffect(() => {
    if (!finished) return;
    stopPolling();
    evictRootFields(client.cache, ['signals', 'webcareQueue']);
  }, [finished, stopPolling, client]);
  return { run, error } as const;
}

/** Takes a resident's name, handle and link out of their signals. */
export function useEraseResidentData() {
  const [mutate, state] = useMutation(EraseResidentDataDocument, {
    update: (cache) => evictRootFields(cache, ['signals', 'signal', 'webcareQueue']),
  });
  const run = (authorHandle: string, source: string | null) =>
    mutate({ variables: { authorHandle, source: (source || null) as never } });
  return [run, state] as const;
}
