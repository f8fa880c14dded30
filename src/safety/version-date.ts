// Written by scripts/stamp-version-date.mjs when a version is made (npm run version-packages).

/** The package version the date below was recorded for. @internal */
export const STAMPED_VERSION = '0.1.0';

/** The date that version was made, `YYYY-MM-DD`: crisis data checked more than 12 months before it is stale. @internal */
export const VERSION_DATE = '2026-12-07';
