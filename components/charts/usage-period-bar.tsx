import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { DEFAULT_USAGE_PRESET, type UsagePeriodSelection } from '@/lib/usage/charts/usage-period';
import { UsageFilters } from './usage-filters';
import { PRESET_LABEL } from './usage-period-labels';

type UsagePeriodBarProps = {
  action: string;
  selection: UsagePeriodSelection;
  customers?: { choices: Array<{ id: string; name: string }>; complete: boolean };
};

/** The period (and customer) picker above the charts, and what happens while its dates are wrong. */
export function UsagePeriodBar({ action, selection, customers }: UsagePeriodBarProps) {
  const custom = selection.preset === 'custom';
  const invalid = Object.keys(selection.fieldErrors).length > 0;
  return (
    <>
      <Card className="mb-4 p-3 sm:p-4">
        <UsageFilters
          action={action}
          preset={selection.preset}
          from={custom ? selection.custom.from : selection.period.from}
          to={custom ? selection.custom.to : selection.period.to}
          today={selection.today}
          fieldErrors={selection.fieldErrors}
          customers={customers ? { ...customers, selected: selection.period.customerId } : undefined}
        />
      </Card>
      {invalid ? (
        <Alert variant="error" role="alert" className="mb-4" title="These dates do not make a period.">
          The charts show the {PRESET_LABEL[DEFAULT_USAGE_PRESET].toLowerCase()} until they are corrected.
        </Alert>
      ) : null}
    </>
  );
}
