import { base, en, Faker } from '@faker-js/faker';
import type { SandboxRequest } from '../sandbox/sandbox-server.ts';
import { countryPlan, numberIn, type NumberType } from './sandbox-countries.ts';
import type { SandboxAccount, SandboxNumber } from './sandbox-data.ts';
import { CLIQTEL_SCOPES } from './schemas.ts';
import { amount, E164, notFound, ok, paginate, timestamp, validationFailed, type CliqtelSandboxEnv, type CliqtelSandboxRoute } from './sandbox-responses.ts';

/** Sandbox routes: the account profile, the scope catalog, the public number search and "your numbers". */

const NUMBER_TYPES: NumberType[] = ['local', 'toll_free', 'mobile', 'national'];

const SCOPE_DESCRIPTIONS: Record<string, string> = {
  'account:read': 'Profile, organization, account settings',
  'numbers:read': 'List and view your numbers',
  'numbers:write': 'Configure forwarding/labels, cancel numbers',
  'usage:read': 'Call detail records, usage summaries, breakdowns, exports',
  'billing:read': 'Invoices, credit notes, wallet balance & transactions',
  'billing:write': 'Top up wallet, manage payment methods',
  'sms:read': 'List SMS',
  'sms:write': 'Send SMS',
  'whatsapp:read': 'List WhatsApp messages and templates',
  'whatsapp:write': 'Send WhatsApp, manage templates',
};

export function numberJson(n: SandboxNumber, currency: string) {
  return {
    id: n.id,
    number: n.number,
    country_code: n.country_code,
    type: n.type,
    status: n.status,
    label: n.label,
    forward_to: n.forward_to,
    capabilities: n.capabilities,
    monthly_price: amount(n.monthly),
    currency,
    cancels_at: n.cancels_at,
    created_at: timestamp(n.createdMs),
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

function searchNumbers(request: SandboxRequest, env: CliqtelSandboxEnv) {
  const country = request.query.get('country');
  const type = request.query.get('type');
  const errors: Record<string, string[]> = {};
  if (!country) errors.country = ['The country field is required.'];
  else if (!/^[A-Za-z]{2}$/.test(country)) errors.country = ['The country field must be 2 characters.'];
  if (type !== null && !NUMBER_TYPES.includes(type as NumberType)) errors.type = ['The selected type is invalid.'];
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  const plan = countryPlan(country!);
  if (!plan) return ok({ numbers: [] });
  // The same question gets the same answer within one sandbox run.
  const faker = new Faker({ locale: [en, base] });
  faker.seed(env.randomSeed + hash(`${plan.iso}:${type ?? ''}`));
  const types = (type ? [type as NumberType] : NUMBER_TYPES).filter((t) => plan.ranges[t]);
  const owned = env.ownedNumbers();
  const found = new Map<string, NumberType>();
  for (let attempt = 0; types.length > 0 && attempt < 40 && found.size < 10; attempt++) {
    const t = faker.helpers.arrayElement(types);
    const number = numberIn(faker, plan, t)!;
    if (!owned.has(number)) found.set(number, t);
  }
  return ok({ numbers: [...found].map(([number, t]) => ({ number, country_code: plan.iso, type: t, monthly_price: amount(plan.monthly[t]!) })) });
}

function findNumber(account: SandboxAccount, id: string): SandboxNumber | undefined {
  return account.numbers.find((n) => String(n.id) === id);
}

export function numberRoutes(env: CliqtelSandboxEnv): CliqtelSandboxRoute[] {
  const reads = { scope: 'numbers:read', limiter: 'reporting' } as const;
  const writes = { scope: 'numbers:write', limiter: 'reporting' } as const;
  return [
    { method: 'GET', path: '/v1/numbers/search', access: 'public', handle: (request) => searchNumbers(request, env) },
    {
      // Inferred endpoint: the key's own account (scope account:read).
      method: 'GET',
      path: '/v1/portal/account',
      access: { scope: 'account:read', limiter: 'reporting' },
      handle: (_request, a) =>
        ok({
          data: {
            id: a.id,
            name: a.name,
            email: a.email,
            phone: a.phone,
            country: a.country,
            status: 'active',
            billing_mode: a.billingMode,
            currency: a.currency,
            credit_limit: amount(a.creditLimit),
            created_at: timestamp(a.createdMs),
            organization: { name: a.name, vat_number: null },
          },
        }),
    },
    {
      method: 'GET',
      path: '/v1/portal/api-keys/scopes',
      access: { scope: null, limiter: 'reporting' },
      handle: () => ok({ data: CLIQTEL_SCOPES.map((scope) => ({ scope, description: SCOPE_DESCRIPTIONS[scope] })) }),
    },
    { method: 'GET', path: '/v1/portal/numbers', access: reads, handle: (request, a) => paginate(request, a.numbers, (n) => numberJson(n, a.currency)) },
    {
      method: 'GET',
      path: '/v1/portal/numbers/:id',
      access: reads,
      handle: (request, a) => {
        const n = findNumber(a, request.params.id!);
        return n ? ok({ data: numberJson(n, a.currency) }) : notFound('Number');
      },
    },
    {
      method: 'PATCH',
      path: '/v1/portal/numbers/:id/forwarding',
      access: writes,
      handle: (request, a) => {
        const n = findNumber(a, request.params.id!);
        if (!n) return notFound('Number');
        const body = (request.body ?? {}) as { forward_to?: unknown };
        if (!('forward_to' in body)) return validationFailed({ forward_to: ['The forward to field must be present.'] });
        const target = body.forward_to;
        if (target !== null && (typeof target !== 'string' || !E164.test(target))) return validationFailed({ forward_to: ['The forward to field must be a number in E.164 format.'] });
        if (target === n.number) return validationFailed({ forward_to: ['A number cannot forward to itself.'] });
        n.forward_to = target;
        return ok({ data: numberJson(n, a.currency) });
      },
    },
    {
      method: 'PATCH',
      path: '/v1/portal/numbers/:id/label',
      access: writes,
      handle: (request, a) => {
        const n = findNumber(a, request.params.id!);
        if (!n) return notFound('Number');
        const label = ((request.body ?? {}) as { label?: unknown }).label;
        if (typeof label !== 'string' || label.trim() === '') return validationFailed({ label: ['The label field is required.'] });
        if (label.length > 64) return validationFailed({ label: ['The label field must not be greater than 64 characters.'] });
        n.label = label.trim();
        return ok({ data: numberJson(n, a.currency) });
      },
    },
    {
      method: 'POST',
      path: '/v1/portal/numbers/:id/cancel',
      access: writes,
      handle: (request, a) => {
        const n = findNumber(a, request.params.id!);
        if (!n) return notFound('Number');
        // Cancels at the end of the current month; cancelling again changes nothing (inferred).
        if (n.status === 'active') {
          const now = new Date(env.now());
          n.status = 'cancelling';
          n.cancels_at = timestamp(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 1000);
        }
        return ok({ data: numberJson(n, a.currency) });
      },
    },
  ];
}
