/** A pending migration that PostgreSQL rejected; nothing of it (or of later ones) was applied. */
export class MigrationFailed extends Error {
  constructor(
    readonly migrationName: string,
    readonly reason: string,
  ) {
    super(`Migration ${migrationName} failed: ${reason}. The database was left unchanged.`);
    this.name = 'MigrationFailed';
  }
}

/** The schema engine refused an operation; `detail` is its message without the Rust span trace. */
export class SchemaEngineFailed extends Error {
  constructor(readonly detail: string) {
    super(`The schema engine failed: ${detail}`);
    this.name = 'SchemaEngineFailed';
  }
}

/** A migration name that would give an empty or unsafe folder name. */
export class InvalidMigrationName extends Error {
  constructor(readonly requested: string) {
    super(`Invalid migration name "${requested}": use letters, digits and underscores, e.g. add_invoices.`);
    this.name = 'InvalidMigrationName';
  }
}
