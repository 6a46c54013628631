import type { FieldErrors } from '../validation/field-errors.ts';

/** The caller's role may not invite this kind of user (e.g. staff inviting staff, a customer inviting anyone). */
export class InvitationNotAllowed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvitationNotAllowed';
  }
}

/** The invitation's input was refused; the messages belong beside the named fields. */
export class InvitationInvalid extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(Object.values(fieldErrors).flat().join(' ') || 'The invitation is not valid.');
    this.name = 'InvitationInvalid';
  }
}
