/** People and groups as the app knows them, whatever directory they came from (Graph's users, people, groups). */

export interface DirectoryPerson {
  readonly id: string;
  readonly displayName: string;
  /** The address free/busy and invites use. */
  readonly mail: string;
  readonly jobTitle?: string;
  /** For a principal, the school they lead (Graph's officeLocation). */
  readonly officeLocation?: string;
}

/** A street address as the directory holds it (a principal's office address is their school's). */
export interface PostalAddress {
  readonly street?: string;
  readonly city?: string;
  readonly state?: string;
  readonly postalCode?: string;
  readonly countryOrRegion?: string;
}

export interface CohortGroup {
  readonly id: string;
  readonly displayName: string;
  readonly description?: string;
}
