import { DEFAULT_CATEGORIES, type DefaultCategory } from './enums';

/** Human names of the built-in complaint categories, shared by the dashboard and the Markdown report. */
export const CATEGORY_NAMES: Record<DefaultCategory, string> = {
  login: 'Login & access',
  app: 'App',
  website: 'Website',
  payments: 'Payments & transfers',
  cards: 'Cards & ATM',
  account: 'Balance & account',
  customer_service: 'Customer service',
  communication: 'Communication',
  fees: 'Fees & charges',
  security: 'Security & fraud',
  signal: 'Signal & coverage',
  calls: 'Calls & texts',
  mobile_data: 'Mobile data',
  sim: 'SIM & number',
  roaming: 'Roaming',
  broadband: 'Broadband & wifi',
  power_supply: 'Power supply',
  gas_heating: 'Gas & heating',
  meter: 'Meters & top-ups',
  flights: 'Flights',
  baggage: 'Baggage',
  booking: 'Booking & tickets',
  sync: 'Sync & data',
  api: 'API & integrations',
  general_outage: 'General outage',
};

const isDefaultCategory = (id: string): id is DefaultCategory =>
  (DEFAULT_CATEGORIES as readonly string[]).includes(id);

/** Human name for a category id; a deployment may add categories, so unknown ids are prettified. */
export function categoryName(id: string): string {
  if (isDefaultCategory(id)) return CATEGORY_NAMES[id];
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
