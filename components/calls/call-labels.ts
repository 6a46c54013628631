import type { BadgeTone } from '@/components/ui/badge';
import type { CallStatus } from '@/lib/db/client';

export const CALL_STATUS_LABEL: Record<CallStatus, string> = {
  ANSWERED: 'Answered',
  NO_ANSWER: 'No answer',
  BUSY: 'Busy',
  FAILED: 'Failed',
};

export const CALL_STATUS_TONE: Record<CallStatus, BadgeTone> = {
  ANSWERED: 'success',
  NO_ANSWER: 'neutral',
  BUSY: 'warning',
  FAILED: 'danger',
};

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatCallDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
