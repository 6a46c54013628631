import type { SandboxRequest, SandboxResponse } from '../sandbox/sandbox-server.ts';
import type { SandboxAccount, SandboxSms, SandboxWhatsApp } from './sandbox-data.ts';
import { amount, E164, notFound, ok, paginate, timestamp, validationFailed, type CliqtelSandboxEnv, type CliqtelSandboxRoute } from './sandbox-responses.ts';

/** Sandbox routes under /v1/sms and /v1/whatsapp (documented limit: 60 requests a minute per user). */

const SMS_SEGMENT_PRICE = 400; // 0.0400 per segment, as in the reference's example
const WINDOW_MS = 24 * 3600_000;

export const WHATSAPP_TEMPLATES = [
  { name: 'appointment_reminder', language: 'en', category: 'UTILITY', status: 'APPROVED' },
  { name: 'order_update', language: 'en', category: 'UTILITY', status: 'APPROVED' },
  { name: 'spring_promo', language: 'en', category: 'MARKETING', status: 'PENDING' },
];

function smsJson(s: SandboxSms, currency: string) {
  return { id: s.id, direction: s.direction, from: s.from, to: s.to, body: s.body, status: s.status, segments: s.segments, cost: amount(s.cost), currency, created_at: timestamp(s.createdMs) };
}

/** The business side of a conversation is the account's first number (inferred: one WhatsApp sender per account). */
function whatsAppJson(w: SandboxWhatsApp, a: SandboxAccount) {
  const business = a.numbers[0]!.number;
  return { id: w.id, direction: w.direction, to: w.direction === 'outbound' ? w.contact : business, from: w.direction === 'inbound' ? w.contact : business, type: w.type, template: w.template, body: w.body, status: w.status, created_at: timestamp(w.createdMs) };
}

function sendSms(request: SandboxRequest, a: SandboxAccount, env: CliqtelSandboxEnv): SandboxResponse {
  const { from, to, body } = (request.body ?? {}) as Record<string, unknown>;
  const errors: Record<string, string[]> = {};
  const senders = a.numbers.filter((n) => n.status === 'active' && n.capabilities.includes('sms')).map((n) => n.number);
  if (typeof from !== 'string' || from === '') errors.from = ['The from field is required.'];
  else if (!senders.includes(from)) errors.from = ['The from number is not one of your SMS-enabled numbers.'];
  if (typeof to !== 'string' || to === '') errors.to = ['The to field is required.'];
  else if (!E164.test(to)) errors.to = ['The to field must be a number in E.164 format.'];
  if (typeof body !== 'string' || body === '') errors.body = ['The body field is required.'];
  else if (body.length > 1600) errors.body = ['The body field must not be greater than 1600 characters.'];
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  const text = body as string;
  const segments = Math.ceil(text.length / 160);
  const cost = SMS_SEGMENT_PRICE * segments;
  // Inferred: a prepaid wallet (plus any credit limit) must cover the message.
  if (a.billingMode === 'prepaid' && a.balance + a.creditLimit < cost) return validationFailed({ wallet: ['Your wallet balance is too low to send this message.'] });
  const nowMs = env.now();
  const sms: SandboxSms = { id: env.ids.sms++, direction: 'outbound', from: from as string, to: to as string, body: text, status: 'queued', segments, cost, createdMs: nowMs };
  a.sms.unshift(sms);
  a.balance -= cost;
  a.transactions.unshift({ id: env.ids.transaction++, type: 'sms_debit', amount: -cost, balanceAfter: a.balance, reference_type: 'sms', description: `SMS to ${sms.to}`, createdMs: nowMs });
  env.sentSms.push({ accountId: a.id, id: sms.id, from: sms.from, to: sms.to, body: text });
  // The documented 201 body: no text, no timestamp.
  return ok({ data: { id: sms.id, from: sms.from, to: sms.to, status: sms.status, segments, cost: amount(cost), currency: a.currency } }, 201);
}

function sendWhatsApp(request: SandboxRequest, a: SandboxAccount, env: CliqtelSandboxEnv): SandboxResponse {
  const { to, type, template, body } = (request.body ?? {}) as Record<string, unknown>;
  const errors: Record<string, string[]> = {};
  if (typeof to !== 'string' || !E164.test(to)) errors.to = ['The to field must be a number in E.164 format.'];
  if (type !== 'template' && type !== 'text') errors.type = ['The selected type is invalid.'];
  if (type === 'template' && !WHATSAPP_TEMPLATES.some((t) => t.name === template && t.status === 'APPROVED')) errors.template = ['The template must be one of your approved templates.'];
  if (type === 'text' && (typeof body !== 'string' || body === '')) errors.body = ['The body field is required for a text message.'];
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  const nowMs = env.now();
  if (type === 'text') {
    const lastInbound = a.whatsapp.find((w) => w.direction === 'inbound' && w.contact === to);
    if (!lastInbound || nowMs - lastInbound.createdMs > WINDOW_MS) {
      return validationFailed({ body: ["Free-text messages can only be sent within 24 hours of the customer's last message; send an approved template instead."] });
    }
  }
  const message: SandboxWhatsApp = {
    id: env.ids.whatsapp++,
    direction: 'outbound',
    contact: to as string,
    type: type as 'template' | 'text',
    template: type === 'template' ? (template as string) : null,
    body: type === 'text' ? (body as string) : null,
    status: 'queued',
    createdMs: nowMs,
  };
  a.whatsapp.unshift(message);
  env.sentWhatsApp.push({ accountId: a.id, id: message.id, to: message.contact, type: message.type, template: message.template, body: message.body });
  return ok({ data: whatsAppJson(message, a) }, 201);
}

export function messagingRoutes(env: CliqtelSandboxEnv): CliqtelSandboxRoute[] {
  const access = (scope: 'sms:read' | 'sms:write' | 'whatsapp:read' | 'whatsapp:write') => ({ scope, limiter: 'messaging' }) as const;
  return [
    { method: 'POST', path: '/v1/sms/messages', access: access('sms:write'), handle: (request, a) => sendSms(request, a, env) },
    { method: 'GET', path: '/v1/sms/messages', access: access('sms:read'), handle: (request, a) => paginate(request, a.sms, (s) => smsJson(s, a.currency)) },
    {
      method: 'GET',
      path: '/v1/sms/messages/:id',
      access: access('sms:read'),
      handle: (request, a) => {
        const sms = a.sms.find((s) => String(s.id) === request.params.id);
        return sms ? ok({ data: smsJson(sms, a.currency) }) : notFound('Message');
      },
    },
    {
      method: 'GET',
      path: '/v1/sms/numbers',
      access: access('sms:read'),
      handle: (_request, a) => ok({ data: a.numbers.filter((n) => n.capabilities.includes('sms') && n.status === 'active').map((n) => ({ id: n.id, number: n.number })) }),
    },
    { method: 'POST', path: '/v1/whatsapp/messages', access: access('whatsapp:write'), handle: (request, a) => sendWhatsApp(request, a, env) },
    { method: 'GET', path: '/v1/whatsapp/messages', access: access('whatsapp:read'), handle: (request, a) => paginate(request, a.whatsapp, (w) => whatsAppJson(w, a)) },
    { method: 'GET', path: '/v1/whatsapp/templates', access: access('whatsapp:read'), handle: () => ok({ data: WHATSAPP_TEMPLATES }) },
  ];
}
