import { type DragEvent, useState } from 'react';
import {
  countRows,
  detectFormat,
  type ImportFormat,
  type ImportProgress,
  type ImportSummary,
  unreadableOf,
  useImport,
} from '../api/import.js';

export type Chosen = { name: string; text: string; rows: number };

/**
 * The import panel's state and steps: the file chosen (picked or dropped) and its
 * guessed format, the dry run's preview, the import's progress and result, and the
 * unreadable cards a failed run names. The page only lays these out.
 */
export function useImportUpload() {
  const [file, setFile] = useState<Chosen | null>(null);
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<ImportSummary | null>(null);
  const [done, setDone] = useState<ImportSummary | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [skipUnreadable, setSkipUnreadable] = useState(false);
  const run = useImport(setProgress);
  const unreadable = unreadableOf(run.error);

  const choose = async (picked: File | undefined) => {
    if (!picked) return;
    const text = await picked.text();
    setFile({ name: picked.name, text, rows: countRows(text) });
    setFormat(detectFormat(picked.name, text) ?? '');
    setPreview(null);
    setDone(null);
    setSkipUnreadable(false);
    run.reset();
  };

  const start = (dryRun: boolean) => {
    if (!file || !format) return;
    run.mutate(
      { format, text: file.text, dryRun, skipUnreadable },
      {
        onSuccess: (summary) => {
          if (dryRun) setPreview(summary);
          else {
            setPreview(null);
            setDone(summary);
          }
        },
      },
    );
  };

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  };

  return {
    file,
    format,
    setFormat,
    dragging,
    setDragging,
    preview,
    setPreview,
    done,
    progress,
    skipUnreadable,
    setSkipUnreadable,
    run,
    unreadable,
    choose,
    start,
    drop,
  };
}
