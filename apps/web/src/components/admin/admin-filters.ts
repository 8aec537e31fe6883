import type { RouterInputs } from "@dishpatch/api";
import { adminOrdersInput, adminUsersInput, auditLogInput } from "@dishpatch/validators";

/**
 * The admin lists' filters live in the address (`?search=…&role=admin`), so a filtered view can
 * be linked, reloads as it was, and is prefetched on the server like the first view. Values the
 * API would refuse are dropped rather than failing the page.
 */
export type SearchParams = Record<string, string | string[] | undefined>;
export type AdminUsersInput = RouterInputs["admin"]["users"];
export type AdminOrdersInput = RouterInputs["admin"]["orders"];
export type AuditLogInput = RouterInputs["admin"]["auditLog"];

const pageSize = 25;

function param(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  return text;
}

/** The field's value when the API's own schema accepts it, else no filter. */
function accepted<T>(
  schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } },
  value: string | undefined,
): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function usersInputFrom(params: SearchParams): AdminUsersInput {
  const shape = adminUsersInput.shape;
  return {
    search: accepted(shape.search, param(params, "search")),
    role: accepted(shape.role, param(params, "role")),
    status: accepted(shape.status, param(params, "status")),
    limit: pageSize,
  };
}

export function ordersInputFrom(params: SearchParams): AdminOrdersInput {
  const shape = adminOrdersInput.shape;
  return {
    status: accepted(shape.status, param(params, "status")),
    restaurantId: accepted(shape.restaurantId, param(params, "restaurant")),
    customerEmail: accepted(shape.customerEmail, param(params, "customer")),
    limit: pageSize,
  };
}

export function auditLogInputFrom(params: SearchParams): AuditLogInput {
  return {
    action: accepted(auditLogInput.shape.action, param(params, "action")),
    limit: pageSize,
  };
}
