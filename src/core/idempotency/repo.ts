/** A create remembered by the key its client sent, with the answer it got. */
export type ClientRequest = {
  key: string;
  /** Method, path and body the key was first used with. */
  request: string;
  status: number;
  /** The answer's body, as JSON text. */
  response: string;
  createdAt: string;
};

/** Requests sent with an Idempotency-Key, scoped to one owner. */
export type IdempotencyRepo = {
  find(key: string): Promise<ClientRequest | undefined>;
  /** Fails (unique key) when another request saved the same key first. */
  save(request: ClientRequest): Promise<void>;
};
