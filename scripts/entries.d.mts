export interface Entry {
  readonly subpath: string;
  readonly name: string;
  readonly source: string;
}
export declare const ENTRIES: readonly Entry[];
export declare const CLI: { readonly name: string; readonly source: string };
