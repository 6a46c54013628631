/** The wizard's address for one customer's onboarding: where "resume" links lead. */
export function onboardingPath(customerId: string): string {
  return `/partner/customers/new/${encodeURIComponent(customerId)}`;
}
