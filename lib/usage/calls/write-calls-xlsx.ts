import type { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportColumn } from './call-export-columns.ts';
import type { ExportRow } from './export-calls.ts';

/** A sheet holds 1,048,576 rows; the header takes one, and larger exports go on to a next sheet. */
export const MAX_ROWS_PER_SHEET = 1_048_575;

/** A stream of archiver's own streams library: older, without `writableNeedDrain`. */
type ZipInput = EventEmitter & { _writableState?: { needDrain?: boolean } };

/**
 * exceljs writes a sheet's XML into a buffer that pipes into the zip without waiting for it
 * (its StreamBuf ignores backpressure), so a fast database would pile rows up in memory
 * while deflate catches up. The zip's input for the sheet is the first pipe of that buffer:
 * waiting for it to drain keeps memory at about a batch.
 */
function zipInputOf(sheet: ExcelJS.Worksheet): ZipInput | undefined {
  return (sheet as unknown as { stream?: { pipes?: ZipInput[] } }).stream?.pipes?.[0];
}

/** Resolves when `stream` drains, or when the download is gone and nothing will drain it. */
function drainOrClose(stream: EventEmitter, output: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      output.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    output.once('close', done);
  });
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, columns: ExportColumn[], index: number): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(index === 1 ? 'Calls' : `Calls ${index}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  return sheet;
}

/**
 * The rows as an XLSX workbook, written by exceljs's streaming writer (each row is
 * committed and leaves memory) into a zip stream read here chunk by chunk. The writer
 * waits whenever the reader falls behind, so a slow download holds back the database
 * cursor instead of piling rows up in memory.
 */
export async function* writeCallsXlsx(columns: ExportColumn[], batches: AsyncIterable<ExportRow[]>): AsyncGenerator<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  let stopped = false;

  const write = async () => {
    let sheetIndex = 1;
    let sheet = addSheet(workbook, columns, sheetIndex);
    let rowsInSheet = 0;
    for await (const batch of batches) {
      if (stopped) return;
      for (const row of batch) {
        if (rowsInSheet === MAX_ROWS_PER_SHEET) {
          sheet.commit();
          sheetIndex += 1;
          sheet = addSheet(workbook, columns, sheetIndex);
          rowsInSheet = 0;
        }
        sheet.addRow(row).commit();
        rowsInSheet += 1;
      }
      const zipInput = zipInputOf(sheet);
      if (zipInput?._writableState?.needDrain) await drainOrClose(zipInput, output);
      if (output.writableNeedDrain) await drainOrClose(output, output);
    }
    sheet.commit();
    await workbook.commit();
  };
  // A failed write fails the download; the reading loop below then throws it.
  const writing = write().catch((error: unknown) => {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });

  try {
    for await (const chunk of output) yield chunk as Uint8Array;
  } finally {
    stopped = true;
    output.destroy();
    await writing;
  }
}
