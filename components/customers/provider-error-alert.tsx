import { Alert } from '@/components/ui/alert';
import { LocalTime } from '@/components/ui/local-time';

/** A provider's failure as the page explains it: its message and, when known, when to try again. */
export function ProviderErrorAlert({ title, error }: { title: string; error: { message: string; retryAt: Date | string | null } }) {
  return (
    <Alert variant="error" title={title}>
      {error.message}
      {error.retryAt ? (
        <>
          {' '}
          Next try after <LocalTime value={error.retryAt} />.
        </>
      ) : null}
    </Alert>
  );
}
