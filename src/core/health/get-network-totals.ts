import { tiers } from '../people/constants.js';
import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { addMonths } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { type NetworkTotals, type NetworkTotalsQuery, networkTotalsQuerySchema } from './schema.js';

/** Months on the dashboard's chart: this one and the eleven before. */
const MONTHS = 12;

/**
 * The dashboard's totals, counted by the database: people per tier, and interactions per
 * month over the last year, months read in the user's time zone (an interaction counts in
 * the month of the local day it was logged on, as it resets the clock).
 */
export async function getNetworkTotals(deps: Deps, query: NetworkTotalsQuery = {}): Promise<NetworkTotals> {
  const { asOf } = parseInput(networkTotalsQuerySchema, query);
  const { today } = await userClock(deps.repos, deps.now());
  const thisMonth = `${(asOf ?? today).slice(0, 7)}-01`;
  const months = Array.from({ length: MONTHS }, (_, index) => addMonths(thisMonth, index - (MONTHS - 1)).slice(0, 7));
  const [perTier, perMonth] = await Promise.all([
    deps.repos.health.peoplePerTier(),
    deps.repos.health.interactionsPerMonth(`${months[0]}-01`),
  ]);
  const tierCounts = new Map(perTier.map((row) => [row.tier, row.count]));
  const monthCounts = new Map(perMonth.map((row) => [row.month, row.count]));
  return {
    perTier: tiers.map((tier) => ({ tier, count: tierCounts.get(tier) ?? 0 })),
    perMonth: months.map((month) => ({ month, count: monthCounts.get(month) ?? 0 })),
  };
}
