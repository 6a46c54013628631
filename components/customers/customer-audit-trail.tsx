import { History } from 'lucide-react';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { CUSTOMER_AUDIT_TRAIL_LIMIT, listCustomerAuditTrail, type CustomerAuditEvent } from '@/lib/customers/list-customer-audit-trail';
import { CUSTOMER_STATUS_LABEL, KYC_STATUS_LABEL } from './customer-labels';

const ACTION_LABEL: Record<string, string> = {
  'customer.update_profile': 'Profile edited',
};

const FIELD_LABEL: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  country: 'Country',
  lowBalanceThreshold: 'Low-balance threshold',
  kycStatus: 'KYC status',
  amount: 'Amount',
  currency: 'Currency',
  status: 'Status',
  number: 'Number',
  label: 'Label',
  forwardTo: 'Forwarding',
  step: 'Step',
};

/** Fields that only link records together say nothing to a reader. */
const HIDDEN_FIELDS = new Set(['customerId', 'partnerId', 'connectionId', 'id', 'idempotencyKey']);

function describeAction(action: string): string {
  const known = ACTION_LABEL[action];
  if (known) return known;
  const words = action.replace(/[._:-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Enum codes read as the words the rest of the page uses. */
const VALUE_LABEL: Record<string, Record<string, string>> = { kycStatus: KYC_STATUS_LABEL, status: CUSTOMER_STATUS_LABEL };

function show(value: unknown, field?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field && typeof value === 'string' && VALUE_LABEL[field]?.[value]) return VALUE_LABEL[field][value];
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** "Email: old → new" for edits; the recorded values for everything else. */
function changes(event: CustomerAuditEvent): Array<{ field: string; text: string }> {
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !HIDDEN_FIELDS.has(field));
  return fields.slice(0, 6).map((field) => ({
    field: FIELD_LABEL[field] ?? field,
    text: field in before ? `${show(before[field], field)} → ${show(after[field], field)}` : show(after[field], field),
  }));
}

export async function CustomerAuditTrail({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  const events = await listCustomerAuditTrail(scope, customerId);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Activity</CardTitle>
        <CardDescription>
          What staff did with this customer, newest first{events.length >= CUSTOMER_AUDIT_TRAIL_LIMIT ? ` (the latest ${CUSTOMER_AUDIT_TRAIL_LIMIT})` : ''}.
        </CardDescription>
      </CardHeader>
      {events.length === 0 ? (
        <EmptyState icon={History} title="No activity yet" description="Profile edits, fundings and number changes will appear here." />
      ) : (
        <ol aria-label="Activity" className="divide-y divide-border">
          {events.map((event) => (
            <li key={event.id} className="flex flex-col gap-1 px-5 py-3 sm:flex-row sm:justify-between sm:gap-4">
              <div className="min-w-0">
                <p className="text-sm font-medium text-foreground">{describeAction(event.action)}</p>
                <p className="mt-0.5 text-xs text-muted-foreground">
                  {event.actorEmail === scope.email ? 'You' : (event.actorEmail ?? 'System')}
                  {event.ip ? ` · ${event.ip}` : null}
                </p>
                {changes(event).length > 0 ? (
                  <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
                    {changes(event).map(({ field, text }) => (
                      <div key={field} className="contents">
                        <dt className="text-muted-foreground">{field}</dt>
                        <dd className="[overflow-wrap:anywhere] text-foreground">{text}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </div>
              <LocalTime value={event.createdAt} className="shrink-0 text-xs text-muted-foreground tabular-nums" />
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
