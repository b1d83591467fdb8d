/** Version of the content document layout; `migrations.ts` upgrades older documents. */
export const CURRENT_SCHEMA_VERSION = 2;
