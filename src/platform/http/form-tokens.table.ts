// Table type of the one-time form tokens.

export interface FormTokensTable {
  /** SHA-256 of the token the form carried: a database read cannot replay a form. */
  token_hash: string;
  created_at: string;
  used_at: string | null;
  /** The case the form created (concern forms are the tokens' only users so far). */
  case_id: number | null;
  /** `formContentHash` of what the first sending said, to tell a double tap from a changed form. */
  content_hash: string | null;
  /** The citizen's private key as the first sending made it, sealed with the token (`sealWithToken`). */
  sealed_key: string | null;
}
