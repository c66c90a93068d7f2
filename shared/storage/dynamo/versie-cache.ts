import type { DynamoDataVersie } from './dynamo-data-versie.ts';

/**
 * Answers that hold as long as the data version does (lists of visible extracts, overrides):
 * kept per key and all forgotten when the version changes.
 */
export class VersieCache<T> {
  private versie: number | undefined;
  private readonly waarden = new Map<string, Promise<T>>();

  constructor(private readonly dataVersie: DynamoDataVersie) {}

  async get(sleutel: string, laad: () => Promise<T>): Promise<T> {
    const versie = await this.dataVersie.gecached();
    if (versie !== this.versie) {
      this.waarden.clear();
      this.versie = versie;
    }
    let waarde = this.waarden.get(sleutel);
    if (!waarde) {
      waarde = laad();
      this.waarden.set(sleutel, waarde);
      // A failed read is not kept: the next call tries again.
      waarde.catch(() => this.waarden.delete(sleutel));
    }
    return waarde;
  }
}

/**
 * Content that never changes under its key (the decoded rows of one extract version, a fold
 * keyed by the versions it was folded from), kept up to a total weight, least recently used
 * out first.
 */
export class InhoudCache<T> {
  private readonly waarden = new Map<string, { readonly waarde: T; readonly gewicht: number }>();
  private totaal = 0;

  constructor(
    private readonly maxGewicht: number,
    private readonly gewichtVan: (waarde: T) => number,
  ) {}

  get(sleutel: string): T | undefined {
    const item = this.waarden.get(sleutel);
    if (!item) return undefined;
    // Re-insert: a Map keeps insertion order, so the first key is the least recently used.
    this.waarden.delete(sleutel);
    this.waarden.set(sleutel, item);
    return item.waarde;
  }

  set(sleutel: string, waarde: T): void {
    const gewicht = this.gewichtVan(waarde);
    if (gewicht > this.maxGewicht) return;
    const oud = this.waarden.get(sleutel);
    if (oud) {
      this.totaal -= oud.gewicht;
      this.waarden.delete(sleutel);
    }
    this.waarden.set(sleutel, { waarde, gewicht });
    this.totaal += gewicht;
    for (const [k, item] of this.waarden) {
      if (this.totaal <= this.maxGewicht) break;
      this.waarden.delete(k);
      this.totaal -= item.gewicht;
    }
  }
}
