import { z } from 'zod';
import { Prisma } from '../../db/client.ts';

const DECIMAL = /^\d+(\.\d+)?$/;
const amount = (label: string) => z.string().trim().regex(DECIMAL, `Enter the ${label} as a number, e.g. 25.00.`);

/** The auto top-up form; the service also checks each amount against the customer's currency. */
export const autoTopUpRuleSchema = z
  .object({
    customerId: z.string().trim().min(1, 'Choose a customer.'),
    enabled: z.enum(['on', 'off']).default('off'),
    triggerBalance: amount('trigger balance'),
    amount: amount('top-up amount'),
    dailyCap: amount('daily cap'),
  })
  .superRefine((rule, context) => {
    if (!DECIMAL.test(rule.amount) || !DECIMAL.test(rule.dailyCap)) return;
    const topUp = new Prisma.Decimal(rule.amount);
    if (topUp.lessThanOrEqualTo(0)) context.addIssue({ code: 'custom', path: ['amount'], message: 'The top-up amount must be greater than zero.' });
    if (new Prisma.Decimal(rule.dailyCap).lessThan(topUp)) {
      context.addIssue({ code: 'custom', path: ['dailyCap'], message: 'The daily cap must be at least one top-up amount.' });
    }
  });

export type AutoTopUpRuleInput = z.input<typeof autoTopUpRuleSchema>;
