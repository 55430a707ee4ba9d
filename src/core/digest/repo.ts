import type { Delivery, DigestChannel, DigestSettings } from './schema.js';

/** One owner's digest settings and the record of each day's delivery per channel. */
export type DigestRepo = {
  /** The account's own address, where the digest email goes unless its settings name another. */
  account(): Promise<{ email: string }>;
  getSettings(): Promise<DigestSettings | undefined>;
  saveSettings(settings: DigestSettings, at: string): Promise<void>;
  /** The latest scheduled delivery on a channel, or undefined before the first. */
  lastDelivery(channel: DigestChannel): Promise<Delivery | undefined>;
  /**
   * Claims a day's delivery on a channel for `claimedBy` until `leaseUntil`: true for
   * exactly one caller, whether it inserts the row or takes over a failed delivery whose
   * retry time has come or a claim whose lease ran out (its server died). Never true once
   * it is sent or given up, nor past `maxAttempts`.
   */
  claim(claim: {
    day: string;
    channel: DigestChannel;
    claimedBy: string;
    now: string;
    leaseUntil: string;
    maxAttempts: number;
  }): Promise<boolean>;
  /** Records how a claimed attempt ended (a manual send is not recorded: its caller reports it). */
  finish(result: {
    day: string;
    channel: DigestChannel;
    status: 'sent' | 'failed' | 'gave-up';
    at: string;
    error: string | null;
    retryAt: string;
  }): Promise<void>;
};

/** The one cross-owner read: whose digest is on, so the scheduler knows whom to look at. */
export type DigestScheduleRepo = {
  ownersWithDigest(): Promise<string[]>;
};
