import { describe, expect, it } from 'vitest';
import type { Scope } from '../tenancy/scope';
import { InvitationNotAllowed } from './invitation-errors';
import { assertMayInvite, invitationState, rolesInvitableBy } from './invitation-rules';
import { hashInvitationToken, invitationUrl, isWellFormedInvitationToken, newInvitationToken } from './invitation-token';

const partner = (role: 'PARTNER_ADMIN' | 'PARTNER_STAFF'): Scope => ({ area: 'partner', role, userId: 'u', email: 'u@p.test', partnerId: 'P' });
const customer: Scope = { area: 'customer', role: 'CUSTOMER', userId: 'c', email: 'c@p.test', partnerId: 'P', customerId: 'C' };
const platform: Scope = { area: 'platform', role: 'PLATFORM_ADMIN', userId: 'a', email: 'a@p.test' };

describe('who may invite whom', () => {
  it('follows the roles: platform → partner admins; admins → everyone of their partner; staff → customer users; customers → nobody', () => {
    expect(rolesInvitableBy(platform)).toEqual(['PARTNER_ADMIN']);
    expect(rolesInvitableBy(partner('PARTNER_ADMIN'))).toEqual(['PARTNER_ADMIN', 'PARTNER_STAFF', 'CUSTOMER']);
    expect(rolesInvitableBy(partner('PARTNER_STAFF'))).toEqual(['CUSTOMER']);
    expect(rolesInvitableBy(customer)).toEqual([]);
    expect(() => assertMayInvite(partner('PARTNER_STAFF'), 'PARTNER_STAFF')).toThrow(new InvitationNotAllowed('Your role cannot invite partner staff.'));
    expect(() => assertMayInvite(customer, 'CUSTOMER')).toThrow(/Customers cannot invite/);
  });

  it('tells an invitation’s state, used and withdrawn before expired', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const base = { acceptedAt: null, revokedAt: null, expiresAt: new Date('2026-06-02T00:00:00Z') };
    expect(invitationState(base, now)).toBe('pending');
    expect(invitationState({ ...base, expiresAt: now }, now)).toBe('expired');
    expect(invitationState({ ...base, expiresAt: now, acceptedAt: now }, now)).toBe('accepted');
    expect(invitationState({ ...base, revokedAt: now }, now)).toBe('revoked');
  });
});

describe('invitation tokens', () => {
  it('are 32 random bytes in base64url, stored as their SHA-256', () => {
    const first = newInvitationToken();
    const second = newInvitationToken();
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    expect(first.tokenHash).toBe(hashInvitationToken(first.token));
    expect(first.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(isWellFormedInvitationToken(first.token)).toBe(true);
    expect(isWellFormedInvitationToken('../etc/passwd')).toBe(false);
  });

  it('make an absolute link when the portal knows its address, else a path', () => {
    expect(invitationUrl('abc', 'https://portal.example.test/')).toBe('https://portal.example.test/invite/abc');
    expect(invitationUrl('abc', undefined)).toBe('/invite/abc');
  });
});
