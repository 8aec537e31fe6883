/** Demo restaurants; the marketplace issue grows these into full profiles and menus. */
export const demoRestaurants = [
  { slug: "la-tavola", name: "La Tavola", status: "active" },
  { slug: "saffron-house", name: "Saffron House", status: "active" },
  { slug: "tokyo-ramen-bar", name: "Tokyo Ramen Bar", status: "active" },
  { slug: "el-fogon", name: "El Fogón", status: "active" },
  { slug: "green-bowl", name: "Green Bowl", status: "active" },
  { slug: "seoul-kitchen", name: "Seoul Kitchen", status: "pending" },
] as const;
