-- order.place in one statement (one database round trip): the API prices the cart, this
-- function writes it atomically. Everything below runs in the caller's single statement, so any
-- failure leaves nothing behind. Distinct SQLSTATEs let the API map refusals to clear errors:
--   DPI01  the idempotency key was used before with a different request
--   DPS01  not enough stock (DETAIL = menu item id), or the item was sold out meanwhile
--   DPP01  the promo code has no uses left (or stopped being valid meanwhile)
--   DPP02  the customer has used the promo code as often as allowed
CREATE OR REPLACE FUNCTION place_order(p jsonb) RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
  v_customer_id text := p->>'customerId';
  v_key text := p->>'idempotencyKey';
  v_order_id text := gen_random_uuid()::text;
  v_promo_id text := p->>'promoCodeId';
  v_existing record;
  v_claimed integer;
  v_want record;
  v_line jsonb;
  v_option jsonb;
  v_order_item_id text;
  v_max_per_customer integer;
  v_customer_uses integer;
  v_total integer := (p->>'total')::integer;
BEGIN
  -- Claim the key first. A concurrent call with the same key waits here on the primary key
  -- until the first one commits (then sees its row) or rolls back (then claims it itself).
  INSERT INTO idempotency_keys (user_id, key, request_hash)
  VALUES (v_customer_id, v_key, p->>'requestHash')
  ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS v_claimed = ROW_COUNT;
  IF v_claimed = 0 THEN
    SELECT k.request_hash, k.order_id INTO v_existing
    FROM idempotency_keys k WHERE k.user_id = v_customer_id AND k.key = v_key;
    IF v_existing.request_hash IS DISTINCT FROM p->>'requestHash' THEN
      RAISE EXCEPTION USING ERRCODE = 'DPI01',
        MESSAGE = 'idempotency key reused with another request';
    END IF;
    RETURN (SELECT jsonb_build_object('orderId', o.id, 'status', o.status,
              'currency', o.currency, 'subtotal', o.subtotal, 'discount', o.discount, 'tax', o.tax,
              'deliveryFee', o.delivery_fee, 'tip', o.tip, 'total', o.total, 'replayed', true)
            FROM orders o WHERE o.id = v_existing.order_id);
  END IF;

  -- Stock: one guarded decrement per item (lines of one item add up), in id order so two
  -- orders never lock the same rows in opposite orders. Concurrent decrements of a row queue
  -- on its lock and re-check the guard, so stock never goes below zero.
  FOR v_want IN
    SELECT l->>'itemId' AS item_id, sum((l->>'quantity')::integer)::integer AS quantity
    FROM jsonb_array_elements(p->'lines') l
    GROUP BY l->>'itemId'
    ORDER BY l->>'itemId'
  LOOP
    UPDATE menu_items m
    SET stock = m.stock - v_want.quantity
    WHERE m.id = v_want.item_id
      AND m.restaurant_id = p->>'restaurantId'
      AND NOT m.sold_out
      AND (m.stock IS NULL OR m.stock >= v_want.quantity);
    IF NOT FOUND THEN
      RAISE EXCEPTION USING ERRCODE = 'DPS01', MESSAGE = 'insufficient stock',
        DETAIL = v_want.item_id;
    END IF;
  END LOOP;

  -- Promo: the guarded increment locks the code's row, so racing checkouts take turns and the
  -- per-customer count below sees every redemption committed before it.
  IF v_promo_id IS NOT NULL THEN
    UPDATE promo_codes c
    SET uses = c.uses + 1
    WHERE c.id = v_promo_id
      AND c.restaurant_id = p->>'restaurantId'
      AND c.active
      AND (c.max_uses IS NULL OR c.uses < c.max_uses)
      AND (c.starts_at IS NULL OR c.starts_at <= now())
      AND (c.ends_at IS NULL OR c.ends_at > now())
    RETURNING c.max_uses_per_customer INTO v_max_per_customer;
    IF NOT FOUND THEN
      RAISE EXCEPTION USING ERRCODE = 'DPP01', MESSAGE = 'promo used up';
    END IF;
    IF v_max_per_customer IS NOT NULL THEN
      SELECT count(*)::integer INTO v_customer_uses FROM promo_redemptions r
      WHERE r.promo_code_id = v_promo_id AND r.user_id = v_customer_id;
      IF v_customer_uses >= v_max_per_customer THEN
        RAISE EXCEPTION USING ERRCODE = 'DPP02', MESSAGE = 'promo customer limit reached';
      END IF;
    END IF;
  END IF;

  INSERT INTO orders (id, restaurant_id, customer_id, status, fulfillment, delivery_address,
    notes, currency, subtotal, discount, tax, delivery_fee, tip, total, promo_code_id)
  VALUES (v_order_id, p->>'restaurantId', v_customer_id, 'placed',
    (p->>'fulfillment')::fulfillment, p->>'deliveryAddress', coalesce(p->>'notes', ''),
    p->>'currency', (p->>'subtotal')::integer, (p->>'discount')::integer,
    (p->>'tax')::integer, (p->>'deliveryFee')::integer, (p->>'tip')::integer, v_total,
    v_promo_id);

  FOR v_line IN SELECT * FROM jsonb_array_elements(p->'lines') LOOP
    v_order_item_id := gen_random_uuid()::text;
    INSERT INTO order_items (id, order_id, menu_item_id, name, unit_price, quantity, line_total)
    VALUES (v_order_item_id, v_order_id, v_line->>'itemId', v_line->>'name',
      (v_line->>'unitPrice')::integer, (v_line->>'quantity')::integer,
      (v_line->>'lineTotal')::integer);
    FOR v_option IN SELECT * FROM jsonb_array_elements(coalesce(v_line->'options', '[]'::jsonb)) LOOP
      INSERT INTO order_item_options (order_item_id, option_id, group_name, name, price_delta)
      VALUES (v_order_item_id, v_option->>'optionId', v_option->>'groupName',
        v_option->>'name', (v_option->>'priceDelta')::integer);
    END LOOP;
  END LOOP;

  IF v_promo_id IS NOT NULL THEN
    INSERT INTO promo_redemptions (id, promo_code_id, user_id, order_id)
    VALUES (gen_random_uuid()::text, v_promo_id, v_customer_id, v_order_id);
  END IF;

  -- The ledger holds positive amounts only: a free order has nothing to charge.
  IF v_total > 0 THEN
    INSERT INTO payments (id, order_id, kind, amount, created_by)
    VALUES (gen_random_uuid()::text, v_order_id, 'charge', v_total, v_customer_id);
  END IF;

  INSERT INTO order_events (order_id, restaurant_id, actor_id, actor_role, from_status, to_status)
  VALUES (v_order_id, p->>'restaurantId', v_customer_id, 'customer', NULL, 'placed');

  UPDATE idempotency_keys k SET order_id = v_order_id
  WHERE k.user_id = v_customer_id AND k.key = v_key;

  RETURN (SELECT jsonb_build_object('orderId', o.id, 'status', o.status,
              'currency', o.currency, 'subtotal', o.subtotal, 'discount', o.discount, 'tax', o.tax,
              'deliveryFee', o.delivery_fee, 'tip', o.tip, 'total', o.total, 'replayed', false)
          FROM orders o WHERE o.id = v_order_id);
END;
$$;
