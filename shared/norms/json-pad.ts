/**
 * Where in a JSON document something is, in words a user of the norms file follows:
 * ["streefnormen", 2, "dagen"] → "streefnormen item 3, veld dagen".
 */
export function describeJsonPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts.push(`item ${key + 1}`);
    else if (parts.length === 0) parts.push(String(key));
    else parts.push(`veld ${String(key)}`);
  }
  return parts.join(', ').replace(/^(\w+), item/, '$1 item');
}
