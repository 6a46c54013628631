import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { systemDb } from '../db/client.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authenticate } from './authenticate.ts';
import { clientIpFromHeaders } from './client-ip.ts';

const SESSION_HOURS = 8;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const ip = clientIpFromHeaders(request?.headers ?? {});
        // Errors thrown here reach the sign-in form as their message (typed in authenticate.ts).
        const user = await authenticate(systemDb(), { email: credentials?.email, password: credentials?.password, ip });
        await recordAuditEvent(
          systemDb(),
          { userId: user.id, email: user.email, partnerId: user.partnerId, ip },
          { action: 'auth.sign_in', entityType: 'User', entityId: user.id },
        );
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id and role; scope (partner, customer, status) is
    // reloaded from the database on every request, so disabling a user takes effect at once.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, role: token.role };
    },
  },
};
