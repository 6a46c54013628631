'use client';

import { PageError } from '@/components/ui/page-error';

export default function CallsError(props: { error: unknown; retry: () => void }) {
  return <PageError {...props} title="Calls could not be loaded" />;
}
