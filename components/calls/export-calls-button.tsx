'use client';

import { useRef, useState } from 'react';
import { Download, FileSpreadsheet, FileText, LoaderCircle } from 'lucide-react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';

type Format = 'csv' | 'xlsx';

type Progress = { format: Format; rows: number; bytes: number; expected: number | null };

const number = new Intl.NumberFormat('en-US');
const megabytes = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const NEWLINE = 10;

class ExportFailed extends Error {
  constructor(readonly status: number) {
    super(status === 401 ? 'Your session has ended; sign in again.' : status === 400 ? 'Some filters are not valid; check them and try again.' : 'The export could not be made. Please try again.');
    this.name = 'ExportFailed';
  }
}

function fileNameOf(response: Response, format: Format): string {
  return /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `calls.${format}`;
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; revoke on the next tick.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Downloads the filtered calls as CSV or XLSX. The file is streamed: progress counts the
 * CSV's rows (or the workbook's bytes) against the total the server announces, and Cancel
 * stops the download, which stops the export on the server.
 */
export function ExportCallsButton({ query }: { query: string }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function run(format: Format) {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ format, rows: 0, bytes: 0, expected: null });
    try {
      const response = await fetch(`/api/calls/export?format=${format}&${query}`, { signal: controller.signal, cache: 'no-store' });
      if (!response.ok || !response.body) throw new ExportFailed(response.status);
      const expected = Number(response.headers.get('X-Total-Count'));
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let rows = -1; // The header line is not a call.
      let bytes = 0;
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        chunks.push(next.value);
        bytes += next.value.byteLength;
        if (format === 'csv') for (const byte of next.value) if (byte === NEWLINE) rows += 1;
        setProgress({ format, rows: Math.max(rows, 0), bytes, expected: Number.isFinite(expected) ? expected : null });
      }
      const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
      save(new Blob(chunks, { type }), fileNameOf(response, format));
      toast.success(`Exported ${number.format(expected)} ${expected === 1 ? 'call' : 'calls'}.`);
    } catch (error) {
      if (controller.signal.aborted) toast.info('Export cancelled.');
      else toast.error(error instanceof ExportFailed ? error.message : 'The download was interrupted. Please try again.');
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }

  const busy = progress !== null;
  const share = progress?.format === 'csv' && progress.expected ? Math.min(1, progress.rows / progress.expected) : null;

  return (
    <>
      <Button variant="secondary" onClick={() => void run('csv')} disabled={busy}>
        <FileText aria-hidden="true" />
        Export CSV
      </Button>
      <Button variant="secondary" onClick={() => void run('xlsx')} disabled={busy}>
        <FileSpreadsheet aria-hidden="true" />
        Export XLSX
      </Button>
      <Dialog open={busy} onOpenChange={(open) => (open ? undefined : abort.current?.abort())}>
        <DialogContent aria-describedby="call-export-status">
          <DialogHeader>
            <DialogTitle className="flex items-center gap-2">
              <Download aria-hidden="true" className="size-4" />
              Exporting calls as {progress?.format.toUpperCase()}
            </DialogTitle>
            <DialogDescription>The file is saved when the download completes. Keep this page open.</DialogDescription>
          </DialogHeader>
          <div className="flex flex-col gap-2">
            <div
              role="progressbar"
              aria-label="Export progress"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={share === null ? undefined : Math.round(share * 100)}
              className="h-2 overflow-hidden rounded-full bg-muted"
            >
              {share === null ? (
                <div className="h-full w-1/3 animate-pulse rounded-full bg-accent" />
              ) : (
                <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${share * 100}%` }} />
              )}
            </div>
            <p id="call-export-status" role="status" className="flex items-center gap-2 text-sm text-muted-foreground tabular-nums">
              <LoaderCircle aria-hidden="true" className="size-3.5 animate-spin" />
              {progress === null || progress.expected === null
                ? 'Starting…'
                : progress.format === 'csv'
                  ? `${number.format(progress.rows)} of ${number.format(progress.expected)} calls`
                  : `${megabytes.format(progress.bytes / 1_000_000)} MB received of ${number.format(progress.expected)} calls`}
            </p>
          </div>
          <DialogFooter>
            <Button variant="secondary" onClick={() => abort.current?.abort()}>
              Cancel
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
