import { Check, Minus } from 'lucide-react';
import type { ConnectionView } from '@/lib/connections/connection-view';
import { CAPABILITY_GROUP_LABEL, CAPABILITY_LABEL, capabilityGroup } from './capability-labels';

type CapabilityEntry = ConnectionView['capabilities'][number];

function groupByArea(capabilities: CapabilityEntry[]): Array<[string, CapabilityEntry[]]> {
  const groups = new Map<string, CapabilityEntry[]>();
  for (const entry of capabilities) {
    const group = capabilityGroup(entry.capability);
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  return [...groups.entries()];
}

/** Everything the portal can do, marked per connection; an unavailable item says why. */
export function CapabilityList({ capabilities }: { capabilities: CapabilityEntry[] }) {
  return (
    <div className="divide-y divide-border">
      {groupByArea(capabilities).map(([group, entries]) => (
        <section key={group} aria-labelledby={`capability-group-${group}`} className="px-5 py-3">
          <h3 id={`capability-group-${group}`} className="text-xs font-medium tracking-wide text-muted-foreground uppercase">
            {CAPABILITY_GROUP_LABEL[group] ?? group}
          </h3>
          <ul className="mt-2 space-y-1.5">
            {entries.map((entry) => (
              <CapabilityItem key={entry.capability} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function CapabilityItem({ entry }: { entry: CapabilityEntry }) {
  const label = CAPABILITY_LABEL[entry.capability];
  if (entry.supported) {
    return (
      <li className="flex items-start gap-2 text-sm">
        <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-emerald-600" />
        <span>
          {label}
          <span className="sr-only"> (available)</span>
        </span>
      </li>
    );
  }
  return (
    <li className="flex items-start gap-2 text-sm text-muted-foreground">
      <Minus aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        {label}
        <span className="sr-only"> (unavailable)</span>
        <span className="block text-xs">{entry.reason}</span>
      </span>
    </li>
  );
}
