/** What a change to a partner's team returns: done, or why not in words for the page. */
export type TeamChangeResult = { ok: true } | { ok: false; formError: string };

export const USER_GONE = 'This user no longer exists; reload the page.';
