import { Alert } from '@/components/ui/alert';
import { LocalTime } from '@/components/ui/local-time';
import type { InventoryConnection } from '@/lib/numbers/list-number-inventory';

/** Per connection: the provider's list could not be read (with the age of what is shown), or the provider lists no numbers. */
export function InventoryConnectionNotes({ connections }: { connections: InventoryConnection[] }) {
  const notes = connections.filter((connection) => connection.listing && (!connection.listing.supported || connection.listing.error));
  if (notes.length === 0) return null;
  return (
    <div className="mb-4 flex flex-col gap-2">
      {notes.map(({ id, label, listing }) => {
        if (!listing) return null;
        if (!listing.supported) {
          return (
            <Alert key={id} variant="info" title={`${label}: only numbers recorded in the portal are shown`}>
              {listing.reason}
            </Alert>
          );
        }
        return (
          <Alert key={id} variant="error" role="status" title={listing.fetchedAt ? `${label}: showing the last known list` : `${label}: the provider's list is unavailable`}>
            {listing.error?.message}
            {listing.fetchedAt ? (
              <>
                {' '}
                Last read <LocalTime value={listing.fetchedAt} />.
              </>
            ) : null}
            {listing.error?.retryAt ? (
              <>
                {' '}
                Next try after <LocalTime value={listing.error.retryAt} />.
              </>
            ) : null}
          </Alert>
        );
      })}
    </div>
  );
}
