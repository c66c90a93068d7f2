import standaard from './standaard-normen.json' with { type: 'json' };
import type { Normen } from './normen.ts';
import { normenSchema } from './normen-schema.ts';

/**
 * The norms shipped with the product (`standaard-normen.json`; its streefnormen are
 * placeholders). Imported rather than read from disk, so that a bundled Lambda has them too;
 * checked by the same schema as every norms file.
 */
export const STANDAARD_NORMEN: Normen = normenSchema.parse(standaard);
