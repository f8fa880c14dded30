import type { RegionCode } from '../model/region.js';
import type { LocaleOption } from './locale.js';

/**
 * Where a contact's details were read, and when. A wrong number in a crisis does harm, so every
 * entry names the service's own page (or a government page) and the date it was last checked.
 *
 * @category Safety
 */
export interface ContactSource {
  /** The page the details were read from: the service's own site or a government page. */
  readonly url: string;
  /** The date the details were last checked on that page, `YYYY-MM-DD`. */
  readonly checked: string;
}

/**
 * One way to get help: an emergency number, a crisis line, or a domestic-abuse service.
 *
 * @category Safety
 */
export interface CrisisContact {
  /** A stable id, lower-case with hyphens, starting with the region (`'gb-samaritans'`). */
  readonly id: string;
  /** What the contact is for. */
  readonly kind: 'emergency' | 'crisis' | 'domestic-abuse';
  /** The service's name as it writes it (`'Samaritans'`). */
  readonly name: string;
  /** The number to call, as dialled inside the region (`'116 123'`). */
  readonly phone?: string;
  /** A number to text, and the word to send where the service asks for one. */
  readonly text?: {
    /** The number to text, as typed inside the region (`'988'`). */
    readonly number: string;
    /** The word to send, where the service asks for one (`'START'`). */
    readonly keyword?: string;
  };
  /** A web page where the service offers chat. */
  readonly chatUrl?: string;
  /** The service's own page for people who need help. */
  readonly url?: string;
  /** When it answers, in plain words (`'24 hours a day, every day'`). */
  readonly hours: string;
  /** What it costs, where that needs saying (`'Free from mobiles and landlines'`). */
  readonly cost?: string;
  /** Who it is for, when it is not for everyone (`'Young people under 25'`). */
  readonly audience?: string;
  /** Where the details come from and when they were checked. */
  readonly source: ContactSource;
}

/**
 * The crisis and emergency resources of one region.
 *
 * @category Safety
 */
export interface RegionResources {
  /** The ISO 3166-1 alpha-2 code of the region. */
  readonly region: RegionCode;
  /** The region's name in English. */
  readonly name: string;
  /** Every contact, emergency numbers first. */
  readonly contacts: readonly CrisisContact[];
}

/**
 * An app's own resources for a region: they replace the shipped ones (`mode: 'replace'`) or are
 * added after them (`mode: 'extend'`). They are validated like shipped data.
 *
 * @category Safety
 */
export interface ResourceOverride {
  /** Replace the shipped contacts of the region, or add to them. */
  readonly mode: 'replace' | 'extend';
  /** The app's contacts, each with its source and check date. */
  readonly contacts: readonly CrisisContact[];
}

/**
 * The options every function that shows crisis help to a person takes.
 *
 * @category Safety
 */
export interface SafetyOptions {
  /** The person's region (ISO 3166-1 alpha-2). Without it, no phone number is named. */
  readonly region?: RegionCode;
  /** An app's own resources for that region (validated). */
  readonly resources?: ResourceOverride;
  /** The language of the text: `'en'` (default) or a locale pack such as `es` from `securebase/locales/es`. */
  readonly locale?: LocaleOption;
}
