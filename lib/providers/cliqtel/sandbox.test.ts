import { afterEach, describe, expect, it } from 'vitest';
import { cliqtelSeed, CAFE, SANDBOX_NOW } from './cliqtel-test-fixture.ts';
import { startCliqtelSandbox, type CliqtelSandbox } from './sandbox.ts';
import { pdfFile, xlsxFile } from './sandbox-files.ts';
import { cliqtelApiTokenSchema } from './schemas.ts';

const running: CliqtelSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
});

async function start(seed = cliqtelSeed()): Promise<CliqtelSandbox> {
  const sandbox = await startCliqtelSandbox({ seed, now: () => SANDBOX_NOW });
  running.push(sandbox);
  return sandbox;
}

async function get(sandbox: CliqtelSandbox, path: string, token?: string) {
  const response = await fetch(`${sandbox.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

describe('Cliqtel sandbox', () => {
  it('generates the same history from the same seed, and another from another seed', async () => {
    const path = '/v1/portal/usage/calls?from=2026-05-01&to=2026-06-15&per_page=100';
    const [a, b, c] = await Promise.all([start(), start(), start(cliqtelSeed({ randomSeed: 7 }))]);
    const [first, second, other] = await Promise.all([get(a, path, CAFE.authToken), get(b, path, CAFE.authToken), get(c, path, CAFE.authToken)]);
    expect(first.body).toEqual(second.body);
    expect(first.body.data).not.toEqual(other.body.data);
  });

  it("gives each account E.164 numbers in its own country and plausible call records", async () => {
    const sandbox = await start();
    expect(sandbox.numbers('CQ-BW-1001').every((n) => /^\+33\d{9}$/.test(n.number))).toBe(true);
    expect(sandbox.numbers('CQ-BW-1002').every((n) => /^\+49\d{10,11}$/.test(n.number))).toBe(true);
    const { body } = await get(sandbox, '/v1/portal/usage/calls?from=2026-05-01&to=2026-06-15&per_page=100', CAFE.authToken);
    const calls = body.data as Array<{ destination: string; duration_seconds: number; charge: number; rate_per_minute: number; billable_seconds: number }>;
    expect(calls.length).toBeGreaterThan(50);
    for (const call of calls) {
      expect(call.destination).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(call.duration_seconds).toBeLessThanOrEqual(3600);
      expect(call.charge).toBeCloseTo(Math.round(((call.billable_seconds * call.rate_per_minute) / 60) * 100) / 100, 5);
    }
  });

  it('answers in the documented envelopes: Laravel pages, 401, 403 insufficient_scope and 429 with Retry-After', async () => {
    const sandbox = await start(cliqtelSeed({ scopes: { [CAFE.authToken!]: ['billing:read'] } }));
    const page = await get(sandbox, '/v1/wallet/transactions?per_page=3&page=2', CAFE.authToken);
    expect(page.body).toMatchObject({ current_page: 2, per_page: 3, last_page: expect.any(Number), total: expect.any(Number), data: expect.any(Array) });
    expect(await get(sandbox, '/v1/wallet/balance')).toMatchObject({ status: 401, body: { error: 'unauthenticated' } });
    expect(await get(sandbox, '/v1/sms/messages', CAFE.authToken)).toMatchObject({
      status: 403,
      body: { error: 'insufficient_scope', message: 'This API key is missing the required scope: sms:read.', required_scope: 'sms:read' },
    });
    sandbox.setLimits({ reportingPerMinute: 1 });
    await get(sandbox, '/v1/wallet/balance', CAFE.authToken);
    const limited = await get(sandbox, '/v1/wallet/balance', CAFE.authToken);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('1');
  });

  it('issues a well-formed key to a seeded customer that brought none', async () => {
    const seed = cliqtelSeed();
    seed.accounts.push({ providerAccountId: 'CQ-BW-1003', name: 'Keyless', email: 'keyless@example.test', country: 'NL', balance: '1.00', billingModel: 'PREPAID' });
    const sandbox = await start(seed);
    const token = sandbox.tokenFor('CQ-BW-1003');
    expect(cliqtelApiTokenSchema.safeParse(token).success).toBe(true);
    expect((await get(sandbox, '/v1/portal/account', token)).body).toMatchObject({ data: { id: 'CQ-BW-1003', country: 'NL' } });
  });
});

describe('Cliqtel sandbox files', () => {
  it('writes a PDF whose cross-reference table points at its objects', () => {
    const pdf = pdfFile('Invoice INV-2026-0001', ['Total: 12.10 EUR', 'Café (paid)']).toString('latin1');
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF/.exec(pdf)![1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => expect(pdf.slice(offset)).toMatch(new RegExp(`^${index + 1} 0 obj`)));
    expect(pdf).toContain('(Caf\xe9 \\(paid\\)) Tj');
  });

  it('writes an XLSX zip whose entries carry correct sizes and checksums', async () => {
    const { crc32 } = await import('node:zlib');
    const zip = xlsxFile('Calls', { header: ['a', 'b'], rows: [['x & y', 1.5]] });
    const end = zip.length - 22;
    expect(zip.readUInt32LE(end)).toBe(0x06054b50);
    expect(zip.readUInt16LE(end + 10)).toBe(5);
    let offset = 0;
    const names: string[] = [];
    while (zip.readUInt32LE(offset) === 0x04034b50) {
      const size = zip.readUInt32LE(offset + 18);
      const nameLength = zip.readUInt16LE(offset + 26);
      const data = zip.subarray(offset + 30 + nameLength, offset + 30 + nameLength + size);
      expect(zip.readUInt32LE(offset + 14)).toBe(crc32(data));
      names.push(zip.subarray(offset + 30, offset + 30 + nameLength).toString());
      if (names.at(-1) === 'xl/worksheets/sheet1.xml') expect(data.toString()).toContain('<t>x &amp; y</t>');
      offset += 30 + nameLength + size;
    }
    expect(names).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml']);
  });
});
