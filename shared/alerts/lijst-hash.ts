import { createHash } from 'node:crypto';
import type { SignaalRegel } from '../indicators/signaal-regel.ts';
import type { RegioCode } from '../reference/zorgkantoorregio.ts';

/**
 * What a sent marker remembers of a listed item, so that the next mail can mark the newly
 * listed ones: the SHA-256 of kind, region and the item's id (client_id for the wachtlijst,
 * aanvraag_id for pgb, maz_id for MAZ), never the id itself. The first 128 bits, base64url
 * (22 characters), keep a marker of thousands of items well under DynamoDB's 400 KB.
 */
export function lijstHash(regio: RegioCode, regel: SignaalRegel): string {
  const id =
    regel.soort === 'pgb' ? regel.aanvraag_id : regel.soort === 'maz' ? regel.maz_id : regel.client_id;
  return createHash('sha256')
    .update(`${regel.soort}\u0000${regio}\u0000${id ?? regel.client_id}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

export const LIJST_HASH_LENGTE = 22;
