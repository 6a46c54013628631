/**
 * What a sandbox starts with: the partner's credentials (the sandbox accepts exactly these)
 * and the customer accounts the portal's demo data refers to. Everything else (numbers,
 * CDRs, invoices) the sandbox generates from `randomSeed`, so runs are repeatable.
 */
export type SandboxAccountSeed = {
  providerAccountId: string;
  name: string;
  email: string;
  phone?: string;
  country?: string;
  balance: string;
  billingModel: 'PREPAID' | 'POSTPAID';
  /** The customer's own provider credential, where the provider has one. */
  authToken?: string;
};

export type SandboxSeed<Credentials> = {
  partner: { name: string; currency: string; credentials: Credentials };
  accounts: SandboxAccountSeed[];
  randomSeed?: number;
};
