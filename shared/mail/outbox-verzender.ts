import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VerzendFout, type MailVerzender } from './mail-verzender.ts';
import { composeEml, emlNaam } from './eml.ts';

/**
 * "Sends" by writing each mail as a `.eml` file into a folder (`ZORGPLICHT_DATA_DIR/outbox/`
 * when no SMTP_URL is set). The file appears whole or not at all (written under a temporary
 * name, then renamed), so a failure means nothing went out: `tijdelijk`.
 */
export function createOutboxVerzender(map: string): MailVerzender {
  return {
    async verstuur(bericht) {
      const doel = join(map, emlNaam(bericht));
      const tijdelijk = join(map, `.${randomUUID()}.part`);
      try {
        await mkdir(map, { recursive: true });
        await writeFile(tijdelijk, await composeEml(bericht));
        await rename(tijdelijk, doel);
      } catch (error) {
        await rm(tijdelijk, { force: true }).catch(() => undefined);
        const code = error instanceof Error && 'code' in error ? String(error.code) : 'onbekend';
        throw new VerzendFout(
          'tijdelijk',
          `de mail kon niet in de outbox (${map}) worden geschreven (${code})`,
          {
            cause: error,
          },
        );
      }
      return { messageId: bericht.messageId };
    },
  };
}
