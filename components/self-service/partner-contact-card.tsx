import { LifeBuoy } from 'lucide-react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

/** Who to ask. The upstream provider stays out of view: it is the partner's business, not the customer's. */
export function PartnerContactCard({ partnerName }: { partnerName: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Questions about your account?</CardTitle>
      </CardHeader>
      <CardContent className="flex gap-3 text-sm text-muted-foreground">
        <LifeBuoy aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <p>
          Your service is provided and billed by <span className="font-medium text-foreground">{partnerName}</span>. Contact them to top up your balance, change your plan or
          update your company’s details.
        </p>
      </CardContent>
    </Card>
  );
}
