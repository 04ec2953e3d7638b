/**
 * The row a reference resolves to, with the fields the gateway sent for a @requires (the other
 * levels' facts) carried over from the representation. A copy: the loader's cached row is shared by
 * every field of the request, and two representations of one row may carry different facts.
 */
export function withRequiredFacts<T extends object>(row: T, reference: Record<string, unknown>, fields: string[]): T {
  const carried = Object.fromEntries(fields.filter((field) => field in reference).map((field) => [field, reference[field]]));
  if (Object.keys(carried).length === 0) return row;
  return Object.assign(Object.create(Object.getPrototypeOf(row)) as T, row, carried);
}
