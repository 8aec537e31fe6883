/**
 * The demo marketplace: restaurants across cuisines and time zones. Money in minor units;
 * tax in basis points. Hours are [weekdays, opens, closes] in the restaurant's own zone;
 * a close at or before the open runs past midnight.
 */
type Hours = readonly (readonly [weekdays: readonly number[], opens: string, closes: string])[];

const everyDay = [0, 1, 2, 3, 4, 5, 6] as const;
const weekdays = [1, 2, 3, 4, 5] as const;
const weekend = [0, 6] as const;

export interface DemoRestaurant {
  slug: string;
  name: string;
  status: "active" | "pending" | "suspended";
  cuisine: string;
  description: string;
  currency: string;
  taxRateBasisPoints: number;
  deliveryFee: number;
  minimumOrder: number;
  timeZone: string;
  acceptingOrders?: boolean;
  hours: Hours;
}

export const demoRestaurants: readonly DemoRestaurant[] = [
  {
    slug: "la-tavola",
    name: "La Tavola",
    status: "active",
    cuisine: "Italian",
    description: "Wood-fired pizza and fresh pasta, made to order since 1998.",
    currency: "USD",
    taxRateBasisPoints: 888,
    deliveryFee: 399,
    minimumOrder: 1500,
    timeZone: "America/New_York",
    hours: [[everyDay, "11:00", "23:00"]],
  },
  {
    slug: "saffron-house",
    name: "Saffron House",
    status: "active",
    cuisine: "Indian",
    description: "Slow-cooked curries, tandoor breads and biryani from Hyderabad.",
    currency: "GBP",
    taxRateBasisPoints: 2000,
    deliveryFee: 249,
    minimumOrder: 1200,
    timeZone: "Europe/London",
    hours: [
      [weekdays, "12:00", "14:30"],
      [weekdays, "17:30", "23:00"],
      [weekend, "12:00", "23:30"],
    ],
  },
  {
    slug: "tokyo-ramen-bar",
    name: "Tokyo Ramen Bar",
    status: "active",
    cuisine: "Japanese",
    description: "Tonkotsu broth simmered for 18 hours, hand-pulled noodles, late nights.",
    currency: "JPY",
    taxRateBasisPoints: 1000,
    deliveryFee: 300,
    minimumOrder: 1500,
    timeZone: "Asia/Tokyo",
    hours: [[everyDay, "17:00", "03:00"]],
  },
  {
    slug: "el-fogon",
    name: "El Fogón",
    status: "active",
    cuisine: "Mexican",
    description: "Tacos al pastor off the trompo, salsas made every morning.",
    currency: "MXN",
    taxRateBasisPoints: 1600,
    deliveryFee: 3500,
    minimumOrder: 15000,
    timeZone: "America/Mexico_City",
    hours: [[everyDay, "09:00", "22:00"]],
  },
  {
    slug: "green-bowl",
    name: "Green Bowl",
    status: "active",
    cuisine: "Vegan",
    description: "Grain bowls, cold-pressed juices and plant-based comfort food.",
    currency: "USD",
    taxRateBasisPoints: 725,
    deliveryFee: 299,
    minimumOrder: 1000,
    timeZone: "America/Los_Angeles",
    hours: [
      [weekdays, "08:00", "20:00"],
      [weekend, "09:00", "16:00"],
    ],
  },
  {
    slug: "le-petit-bistro",
    name: "Le Petit Bistro",
    status: "active",
    cuisine: "French",
    description: "Steak frites, onion soup and crème brûlée, the Parisian way.",
    currency: "EUR",
    taxRateBasisPoints: 1000,
    deliveryFee: 350,
    minimumOrder: 2000,
    timeZone: "Europe/Paris",
    hours: [[[2, 3, 4, 5, 6], "18:30", "23:00"]],
  },
  {
    slug: "bondi-burgers",
    name: "Bondi Burgers",
    status: "active",
    cuisine: "American",
    description: "Smash burgers, loaded fries and thick shakes by the beach.",
    currency: "AUD",
    taxRateBasisPoints: 1000,
    deliveryFee: 499,
    minimumOrder: 1500,
    timeZone: "Australia/Sydney",
    hours: [[everyDay, "11:00", "22:00"]],
  },
  {
    slug: "mumbai-street",
    name: "Mumbai Street",
    status: "active",
    cuisine: "Indian",
    description: "Vada pav, pav bhaji and chaat straight from the streets of Mumbai.",
    currency: "INR",
    taxRateBasisPoints: 500,
    deliveryFee: 4000,
    minimumOrder: 20000,
    timeZone: "Asia/Kolkata",
    hours: [[everyDay, "10:00", "23:00"]],
  },
  {
    slug: "golden-dragon",
    name: "Golden Dragon",
    status: "active",
    cuisine: "Chinese",
    description: "Hand-folded dumplings, Sichuan classics and Cantonese roast meats.",
    currency: "CAD",
    taxRateBasisPoints: 1300,
    deliveryFee: 399,
    minimumOrder: 2000,
    timeZone: "America/Toronto",
    // Paused by staff: open by the clock, not taking orders right now.
    acceptingOrders: false,
    hours: [[everyDay, "11:30", "22:30"]],
  },
  {
    slug: "athens-grill",
    name: "Athens Grill",
    status: "active",
    cuisine: "Greek",
    description: "Charcoal souvlaki, gyros and horiatiki with Cretan olive oil.",
    currency: "EUR",
    taxRateBasisPoints: 1300,
    deliveryFee: 250,
    minimumOrder: 1200,
    timeZone: "Europe/Athens",
    hours: [[everyDay, "12:00", "01:00"]],
  },
  {
    slug: "seoul-kitchen",
    name: "Seoul Kitchen",
    status: "pending",
    cuisine: "Korean",
    description: "Korean fried chicken and bibimbap. Opening soon.",
    currency: "KRW",
    taxRateBasisPoints: 1000,
    deliveryFee: 3000,
    minimumOrder: 15000,
    timeZone: "Asia/Seoul",
    hours: [[everyDay, "11:00", "22:00"]],
  },
  {
    slug: "closed-diner",
    name: "Route 66 Diner",
    status: "suspended",
    cuisine: "American",
    description: "Suspended by the marketplace pending a review.",
    currency: "USD",
    taxRateBasisPoints: 800,
    deliveryFee: 299,
    minimumOrder: 1000,
    timeZone: "America/Chicago",
    hours: [[everyDay, "07:00", "15:00"]],
  },
];
