CREATE TABLE "daily_sales" (
	"restaurant_id" text NOT NULL,
	"day" date NOT NULL,
	"order_count" integer NOT NULL,
	"gross_sales" bigint NOT NULL,
	"refunds" bigint NOT NULL,
	"rolled_up_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daily_sales_restaurant_id_day_pk" PRIMARY KEY("restaurant_id","day"),
	CONSTRAINT "daily_sales_nonnegative" CHECK ("daily_sales"."order_count" >= 0 and "daily_sales"."gross_sales" >= 0 and "daily_sales"."refunds" >= 0)
);
--> statement-breakpoint
ALTER TABLE "daily_sales" ADD CONSTRAINT "daily_sales_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE cascade ON UPDATE no action;