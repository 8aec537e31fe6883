import type {
  MenuItemForPricing,
  PriceCartInput,
  PricingRestaurant,
  PromoDefinition,
} from "../../src/domain";

/** Luigi's: a New York pizzeria taxed at the city's 8.875 %. All amounts in cents. */
export const luigis: PricingRestaurant = {
  id: "luigis",
  currency: "USD",
  taxRateBasisPoints: 887.5,
  deliveryFee: 299,
  minimumOrder: 1500,
  status: "active",
  acceptingOrders: true,
  openNow: true,
};

export const margherita: MenuItemForPricing = {
  id: "margherita",
  restaurantId: "luigis",
  name: "Margherita",
  price: 1200,
  stock: null,
  soldOut: false,
  optionGroups: [
    {
      id: "size",
      name: "Size",
      minChoices: 1,
      maxChoices: 1,
      options: [
        { id: "small", name: "Small", priceDelta: -200 },
        { id: "medium", name: "Medium", priceDelta: 0 },
        { id: "large", name: "Large", priceDelta: 300 },
      ],
    },
    {
      id: "extras",
      name: "Extras",
      minChoices: 0,
      maxChoices: 3,
      options: [
        { id: "olives", name: "Olives", priceDelta: 75 },
        { id: "basil", name: "Basil", priceDelta: 50 },
        { id: "burrata", name: "Burrata", priceDelta: 250 },
        { id: "anchovies", name: "Anchovies", priceDelta: 100 },
      ],
    },
  ],
};

export const garlicBread: MenuItemForPricing = {
  id: "garlic-bread",
  restaurantId: "luigis",
  name: "Garlic bread",
  price: 520,
  stock: null,
  soldOut: false,
  optionGroups: [],
};

export const tiramisu: MenuItemForPricing = {
  id: "tiramisu",
  restaurantId: "luigis",
  name: "Tiramisu",
  price: 650,
  stock: 2,
  soldOut: false,
  optionGroups: [],
};

export const soda: MenuItemForPricing = {
  id: "soda",
  restaurantId: "luigis",
  name: "Soda",
  price: 250,
  stock: null,
  soldOut: true,
  optionGroups: [],
};

export const cannoli: MenuItemForPricing = {
  id: "cannoli",
  restaurantId: "luigis",
  name: "Cannoli",
  price: 400,
  stock: 0,
  soldOut: false,
  optionGroups: [],
};

/** An item of another restaurant, as a tampered cart might reference it. */
export const nigiri: MenuItemForPricing = {
  id: "nigiri",
  restaurantId: "sakura",
  name: "Nigiri",
  price: 900,
  stock: null,
  soldOut: false,
  optionGroups: [],
};

export const luigisMenu = [margherita, garlicBread, tiramisu, soda, cannoli, nigiri];

export function promoDefinition(overrides: Partial<PromoDefinition> = {}): PromoDefinition {
  return {
    restaurantId: "luigis",
    code: "PIZZA15",
    discount: { kind: "percent", basisPoints: 1500 },
    minimumSubtotal: 0,
    startsAt: null,
    endsAt: null,
    maxUses: null,
    maxUsesPerCustomer: null,
    active: true,
    ...overrides,
  };
}

export function cartInput(overrides: Partial<PriceCartInput> = {}): PriceCartInput {
  return {
    restaurant: luigis,
    items: luigisMenu,
    lines: [],
    fulfillment: "delivery",
    tip: 0,
    promo: null,
    now: new Date("2026-05-01T18:00:00Z"),
    ...overrides,
  };
}
