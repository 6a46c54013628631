'use client';

import { BarChart3, Table2 } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { cn } from '@/lib/ui/cn';
import { CHART_PALETTE_CLASS } from './chart-palette';

type ChartCardProps = {
  title: string;
  description?: ReactNode;
  /** The same figures as a table: for screen-reader users, and for anyone who wants the numbers. */
  table: ReactNode;
  children: ReactNode;
  className?: string;
};

/** A chart with a title and a "show as table" switch; the chart itself carries its spoken summary. */
export function ChartCard({ title, description, table, children, className }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <Card aria-labelledby={titleId} className={cn('flex min-w-0 flex-col', CHART_PALETTE_CLASS, className)}>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle id={titleId}>{title}</CardTitle>
          {description ? <CardDescription className="mt-0.5">{description}</CardDescription> : null}
        </div>
        <Button variant="ghost" size="sm" className="-my-1 -mr-2 text-muted-foreground" aria-pressed={asTable} onClick={() => setAsTable((value) => !value)}>
          {asTable ? <BarChart3 aria-hidden="true" /> : <Table2 aria-hidden="true" />}
          {asTable ? 'Show chart' : 'Show table'}
        </Button>
      </CardHeader>
      {asTable ? (
        <div className="min-w-0">{table}</div>
      ) : (
        <CardContent className="min-w-0 flex-1">{children}</CardContent>
      )}
    </Card>
  );
}
