import type { Brand } from '../../shared/brand';

export type DemoBrand = Omit<Brand, 'createdAt'> & {
  /** how posts mention it */
  mentions: string[];
  /** the official handle that posts updates */
  voice: string;
  /** posts per minute at the daily peak */
  volume: number;
};

export const DEMO_BRANDS: DemoBrand[] = [
  {
    id: 'northwind-bank',
    name: 'Northwind Bank',
    keywords: ['Northwind', 'Northwind Bank', '@NorthwindBank', '#northwindbank'],
    officialHandles: ['@NorthwindBank', '@NorthwindHelp'],
    mentions: ['@NorthwindBank', 'Northwind', 'northwind bank', '#NorthwindBank', 'Northwind Bank'],
    voice: 'NorthwindBank',
    volume: 3,
  },
  {
    id: 'harbor-pay',
    name: 'Harbor Pay',
    keywords: ['Harbor Pay', 'HarborPay', '@HarborPay'],
    officialHandles: ['@HarborPay'],
    mentions: ['@HarborPay', 'Harbor Pay', 'harborpay', 'HarborPay'],
    voice: 'HarborPay',
    volume: 2,
  },
  {
    id: 'zephyr-mobile',
    name: 'Zephyr Mobile',
    keywords: ['Zephyr Mobile', '@ZephyrMobile', '#zephyrmobile'],
    officialHandles: ['@ZephyrCares', '@ZephyrMobile'],
    mentions: ['@ZephyrMobile', 'Zephyr Mobile', '#ZephyrMobile'],
    voice: 'ZephyrCares',
    volume: 1.5,
  },
];
