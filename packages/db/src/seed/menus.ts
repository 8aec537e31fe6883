/**
 * Demo menus, by restaurant slug. Prices are minor units of the restaurant's currency (JPY and
 * KRW have none: 980 is ¥980). Some items are sold out or have a small stock on purpose.
 */
interface DemoOptionGroup {
  name: string;
  min: number;
  max: number;
  options: readonly (readonly [name: string, priceDelta: number])[];
}
interface DemoItem {
  name: string;
  description: string;
  price: number;
  stock?: number;
  soldOut?: boolean;
  groups?: readonly DemoOptionGroup[];
}
export type DemoMenu = readonly { category: string; items: readonly DemoItem[] }[];

const size = (regular: number, large: number): DemoOptionGroup => ({
  name: "Size",
  min: 1,
  max: 1,
  options: [
    ["Regular", regular],
    ["Large", large],
  ],
});

export const demoMenus: Readonly<Record<string, DemoMenu>> = {
  "la-tavola": [
    {
      category: "Pizza",
      items: [
        {
          name: "Margherita",
          description: "San Marzano tomato, fior di latte, basil.",
          price: 1400,
          groups: [
            size(0, 500),
            {
              name: "Extras",
              min: 0,
              max: 3,
              options: [
                ["Burrata", 400],
                ["Prosciutto", 350],
                ["Chili oil", 100],
                ["Olives", 150],
              ],
            },
          ],
        },
        {
          name: "Diavola",
          description: "Spicy salami, chili, mozzarella.",
          price: 1650,
          groups: [size(0, 500)],
        },
        {
          name: "Tartufo",
          description: "Black truffle cream, mushrooms, taleggio.",
          price: 2100,
          stock: 5,
        },
      ],
    },
    {
      category: "Pasta",
      items: [
        { name: "Cacio e Pepe", description: "Tonnarelli, pecorino, black pepper.", price: 1700 },
        {
          name: "Lasagna della Nonna",
          description: "Slow-cooked ragù, béchamel.",
          price: 1900,
          soldOut: true,
        },
      ],
    },
    {
      category: "Dolci",
      items: [{ name: "Tiramisù", description: "Mascarpone, espresso, cocoa.", price: 850 }],
    },
  ],
  "saffron-house": [
    {
      category: "Curries",
      items: [
        {
          name: "Chicken Tikka Masala",
          description: "Chargrilled chicken in a smoky tomato cream.",
          price: 1295,
          groups: [
            {
              name: "Heat",
              min: 1,
              max: 1,
              options: [
                ["Mild", 0],
                ["Medium", 0],
                ["Hot", 0],
              ],
            },
          ],
        },
        { name: "Lamb Rogan Josh", description: "Kashmiri chili, slow-braised lamb.", price: 1495 },
        {
          name: "Paneer Makhani",
          description: "Cottage cheese in butter-tomato gravy.",
          price: 1150,
        },
      ],
    },
    {
      category: "Breads & Rice",
      items: [
        { name: "Garlic Naan", description: "From the tandoor.", price: 350 },
        {
          name: "Hyderabadi Biryani",
          description: "Dum-cooked basmati, saffron, fried onion.",
          price: 1395,
          stock: 8,
        },
      ],
    },
  ],
  "tokyo-ramen-bar": [
    {
      category: "Ramen",
      items: [
        {
          name: "Tonkotsu Ramen",
          description: "18-hour pork broth, chashu, ajitama.",
          price: 1180,
          groups: [
            {
              name: "Noodle firmness",
              min: 1,
              max: 1,
              options: [
                ["Soft", 0],
                ["Regular", 0],
                ["Firm", 0],
              ],
            },
            {
              name: "Toppings",
              min: 0,
              max: 4,
              options: [
                ["Extra chashu", 300],
                ["Ajitama egg", 150],
                ["Nori", 100],
                ["Corn butter", 200],
              ],
            },
          ],
        },
        { name: "Spicy Miso Ramen", description: "Red miso, ground pork, chili oil.", price: 1250 },
        {
          name: "Yuzu Shio Ramen",
          description: "Chicken broth, yuzu, bamboo.",
          price: 1100,
          soldOut: true,
        },
      ],
    },
    {
      category: "Sides",
      items: [
        { name: "Gyoza (6)", description: "Pan-fried pork dumplings.", price: 480 },
        {
          name: "Karaage",
          description: "Japanese fried chicken, lemon, kewpie.",
          price: 580,
          stock: 12,
        },
      ],
    },
  ],
  "el-fogon": [
    {
      category: "Tacos",
      items: [
        {
          name: "Tacos al Pastor (3)",
          description: "Marinated pork, pineapple, onion, cilantro.",
          price: 9500,
          groups: [
            {
              name: "Salsa",
              min: 1,
              max: 2,
              options: [
                ["Verde", 0],
                ["Roja", 0],
                ["Habanero", 500],
              ],
            },
          ],
        },
        { name: "Tacos de Suadero (3)", description: "Confit beef brisket.", price: 10500 },
        { name: "Gringa", description: "Flour tortilla, pastor, melted cheese.", price: 8500 },
      ],
    },
    {
      category: "Bebidas",
      items: [{ name: "Agua de Horchata", description: "Rice, cinnamon, vanilla.", price: 4000 }],
    },
  ],
  "green-bowl": [
    {
      category: "Bowls",
      items: [
        {
          name: "Build Your Bowl",
          description: "Pick a base and up to three toppings.",
          price: 1195,
          groups: [
            {
              name: "Base",
              min: 1,
              max: 1,
              options: [
                ["Brown rice", 0],
                ["Quinoa", 100],
                ["Greens", 0],
              ],
            },
            {
              name: "Toppings",
              min: 0,
              max: 3,
              options: [
                ["Crispy tofu", 200],
                ["Avocado", 250],
                ["Roasted chickpeas", 100],
                ["Kimchi", 150],
              ],
            },
          ],
        },
        {
          name: "Tahini Falafel Bowl",
          description: "Herb falafel, tabbouleh, pickles.",
          price: 1295,
        },
      ],
    },
    {
      category: "Juices",
      items: [
        {
          name: "Green Machine",
          description: "Kale, apple, cucumber, lemon, ginger.",
          price: 795,
          groups: [size(0, 200)],
        },
        { name: "Beet It", description: "Beetroot, carrot, orange.", price: 795, stock: 3 },
      ],
    },
  ],
  "le-petit-bistro": [
    {
      category: "Plats",
      items: [
        {
          name: "Steak Frites",
          description: "Bavette, shallot butter, hand-cut fries.",
          price: 2400,
          groups: [
            {
              name: "Cuisson",
              min: 1,
              max: 1,
              options: [
                ["Saignant", 0],
                ["À point", 0],
                ["Bien cuit", 0],
              ],
            },
          ],
        },
        { name: "Soupe à l'oignon", description: "Gratinée with comté.", price: 1100 },
        {
          name: "Confit de canard",
          description: "Duck leg, sarladaise potatoes.",
          price: 2200,
          stock: 4,
        },
      ],
    },
    {
      category: "Desserts",
      items: [{ name: "Crème brûlée", description: "Tahitian vanilla.", price: 850 }],
    },
  ],
  "bondi-burgers": [
    {
      category: "Burgers",
      items: [
        {
          name: "Double Smash",
          description: "Two patties, American cheese, pickles, house sauce.",
          price: 1890,
          groups: [
            {
              name: "Add-ons",
              min: 0,
              max: 3,
              options: [
                ["Bacon", 350],
                ["Extra patty", 500],
                ["Jalapeños", 150],
              ],
            },
          ],
        },
        {
          name: "Crispy Chicken",
          description: "Buttermilk chicken, slaw, chipotle mayo.",
          price: 1790,
        },
      ],
    },
    {
      category: "Sides & Shakes",
      items: [
        {
          name: "Loaded Fries",
          description: "Cheese sauce, bacon bits, spring onion.",
          price: 990,
        },
        {
          name: "Salted Caramel Shake",
          description: "Made with real ice cream.",
          price: 890,
          soldOut: true,
        },
      ],
    },
  ],
  "mumbai-street": [
    {
      category: "Street food",
      items: [
        { name: "Vada Pav", description: "Spiced potato fritter in a soft bun.", price: 6000 },
        {
          name: "Pav Bhaji",
          description: "Buttery vegetable mash, toasted pav.",
          price: 18000,
          groups: [
            {
              name: "Extra",
              min: 0,
              max: 2,
              options: [
                ["Extra butter", 3000],
                ["Extra pav", 4000],
              ],
            },
          ],
        },
        {
          name: "Pani Puri (8)",
          description: "Crisp puris, tamarind and mint water.",
          price: 9000,
        },
      ],
    },
    {
      category: "Drinks",
      items: [{ name: "Masala Chai", description: "Ginger, cardamom.", price: 4000 }],
    },
  ],
  "golden-dragon": [
    {
      category: "Dim sum",
      items: [
        { name: "Har Gow (4)", description: "Shrimp dumplings.", price: 795 },
        { name: "Xiao Long Bao (6)", description: "Soup dumplings.", price: 995, stock: 10 },
      ],
    },
    {
      category: "Mains",
      items: [
        {
          name: "Mapo Tofu",
          description: "Silken tofu, doubanjiang, Sichuan pepper.",
          price: 1595,
        },
        { name: "Char Siu Rice", description: "Honey-glazed BBQ pork.", price: 1695 },
      ],
    },
  ],
  "athens-grill": [
    {
      category: "Grill",
      items: [
        {
          name: "Gyros Pita",
          description: "Pork or chicken, tzatziki, tomato, onion, fries.",
          price: 650,
          groups: [
            {
              name: "Meat",
              min: 1,
              max: 1,
              options: [
                ["Pork", 0],
                ["Chicken", 0],
              ],
            },
          ],
        },
        { name: "Souvlaki Plate", description: "Three skewers, pita, salad.", price: 1200 },
      ],
    },
    {
      category: "Salads",
      items: [
        { name: "Horiatiki", description: "Tomato, cucumber, feta, Kalamata olives.", price: 900 },
      ],
    },
  ],
  "seoul-kitchen": [
    {
      category: "Chicken",
      items: [{ name: "Yangnyeom Chicken", description: "Sweet and spicy glaze.", price: 19000 }],
    },
  ],
  "closed-diner": [
    {
      category: "Breakfast",
      items: [{ name: "Stack of Pancakes", description: "Maple syrup, butter.", price: 1100 }],
    },
  ],
};
