import { NextResponse } from 'next/server';
import { logger } from '@/lib/log/logger';
import { exportCalls, type CallExportFormat } from '@/lib/usage/calls/export-calls';
import { callExportFileName } from '@/lib/usage/calls/call-export-file-name';
import { getCallTotals } from '@/lib/usage/calls/list-calls';
import { NO_STORE, withCallScope } from '../with-call-scope';

export const dynamic = 'force-dynamic';

const CONTENT_TYPE: Record<CallExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * GET /api/calls/export?format=csv|xlsx&<filters>: the caller's filtered calls as a file,
 * streamed. X-Total-Count says how many rows will come, so the browser can show progress.
 */
export const GET = withCallScope(async (scope, filters, params) => {
  const format = params.get('format');
  if (format !== 'csv' && format !== 'xlsx') {
    return NextResponse.json({ error: 'Choose a format.', fieldErrors: { format: ['Choose CSV or XLSX.'] } }, { status: 400, headers: NO_STORE });
  }
  // The whole filtered set, not the page the browser was on.
  const everything = { ...filters, cursor: undefined };
  try {
    const totals = await getCallTotals(scope, everything);
    return new Response(exportCalls(scope, everything, format), {
      headers: {
        ...NO_STORE,
        'Content-Type': CONTENT_TYPE[format],
        'Content-Disposition': `attachment; filename="${callExportFileName(everything, format)}"`,
        'X-Total-Count': String(totals.calls),
      },
    });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    logger.error({ err: { name, message }, userId: scope.userId, partnerId: scope.partnerId }, 'call export could not start');
    return NextResponse.json({ error: 'The export could not start. Please try again.' }, { status: 500, headers: NO_STORE });
  }
});
