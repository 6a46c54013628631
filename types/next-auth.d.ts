import type { Role } from '@/lib/db/client';

declare module 'next-auth' {
  interface User {
    role: Role;
  }
  interface Session {
    userId?: string;
    role?: Role;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
  }
}
