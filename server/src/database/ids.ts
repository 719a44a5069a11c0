/** Ids that are not UUIDs match nothing; filtering them keeps PostgreSQL from raising on the cast. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);

/** What a DataLoader must answer: one entry per id asked, in that order, null where nothing matched. */
export function inOrderOf<T extends { id: string }>(
  ids: readonly string[],
  rows: T[],
): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
