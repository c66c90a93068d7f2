import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { alertStatus } from '../../shared/app/alerts/alert-status.ts';
import { AppError } from '../../shared/app/app-error.ts';
import { previewAlerts } from '../../shared/app/alerts/preview-alerts.ts';
import { resendAlert } from '../../shared/app/alerts/resend-alert.ts';
import { runAlerts } from '../../shared/app/alerts/run-alerts.ts';
import { createStoreAlertBronnen } from '../../shared/app/alerts/store-alert-bronnen.ts';
import { unblockAddress } from '../../shared/app/alerts/unblock-address.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { composeEml, emlNaam } from '../../shared/mail/eml.ts';
import { regioLabel } from '../../shared/reference/zorgkantoorregio.ts';
import { isClaimHolderAlive } from '../../shared/storage/local/process-alive.ts';
import { formatAantal } from '../../shared/text/aantal.ts';
import { formatDatum } from '../../shared/text/dutch-format.ts';
import { alertInstellingenUitOmgeving, nuOptie, verzenderUitOmgeving } from '../alert-omgeving.ts';
import { auteurVan } from '../app-context.ts';
import { GebruiksFout } from '../cli-errors.ts';
import { resolveNormen } from '../../shared/app/normen/resolve-normen.ts';
import { vastgezetteNormen } from '../normen-optie.ts';
import { openStore } from '../open-store.ts';
import { regioOptie, standaardFormaat, TEKST_OF_JSON_OPTIE, type ArgsVan } from '../options.ts';
import { cyclusTekst, renderAlertStatus, renderRunRapport } from '../render/alerts-tekst.ts';

const builder = (y: Argv) =>
  y
    .option('nu', {
      type: 'string',
      requiresArg: true,
      describe: 'Doe alsof het nu dit tijdstip is (2026-11-16T07:30 Amsterdamse tijd, of met +01:00)',
    })
    .option('dry-run', {
      type: 'boolean',
      describe:
        'Schrijf de mail van elke abonnee als .eml naar --out, of hij nu aan de beurt is of niet; verstuurt en registreert niets',
    })
    .option('out', {
      type: 'string',
      requiresArg: true,
      describe: 'Map voor de .eml-bestanden van --dry-run',
    })
    .option('status', {
      type: 'boolean',
      describe: 'Toon de stand van de huidige cyclus en de geblokkeerde adressen',
    })
    .option('opnieuw', {
      type: 'boolean',
      describe: 'Geef een mail met status onbekend vrij om opnieuw te verzenden (met --regio en --email)',
    })
    .option('regio', { type: 'string', requiresArg: true, describe: 'Regio, bij --opnieuw' })
    .option('email', { type: 'string', requiresArg: true, describe: 'E-mailadres, bij --opnieuw' })
    .option('deblokkeer', {
      type: 'string',
      requiresArg: true,
      describe: 'Hef de blokkade van dit adres op',
    })
    .option('format', TEKST_OF_JSON_OPTIE)
    .implies('dry-run', 'out')
    .implies('out', 'dry-run')
    .implies('opnieuw', ['regio', 'email'])
    .conflicts('status', ['dry-run', 'opnieuw', 'deblokkeer'])
    .conflicts('dry-run', ['opnieuw', 'deblokkeer'])
    .conflicts('opnieuw', 'deblokkeer')
    .example(
      '0 * * * * cd /srv/zorgplicht && npx zorgplicht alerts',
      'crontab: elk uur; een mail gaat één keer per cyclus',
    )
    .example('$0 alerts --dry-run --out voorbeeld/', 'Bekijk de mails van nu zonder iets te versturen')
    .example('$0 alerts --status', 'Wat is er deze cyclus verzonden, mislukt of onbekend?');

export const alertsCommand: CommandModule<object, ArgsVan<typeof builder>> = {
  command: 'alerts',
  describe:
    'Verstuur de tweewekelijkse alertmails die nu aan de beurt zijn (elk hoogstens één keer); voor cron: elk uur',
  builder,
  handler: async (args) => {
    const instellingen = alertInstellingenUitOmgeving();
    const nu = args.nu === undefined ? undefined : nuOptie(args.nu);
    if ((args.regio !== undefined || args.email !== undefined) && !args.opnieuw) {
      throw new GebruiksFout('--regio en --email horen bij --opnieuw.');
    }
    const regio = args.regio === undefined ? undefined : regioOptie(args.regio);
    const actor = { soort: 'operator', naam: auteurVan(undefined) } as const;
    const opslag = await openStore();
    const now = nu ? () => new Date(nu.getTime()) : opslag.now;
    const { store } = opslag;
    try {
      if (args.status) {
        const status = await alertStatus(actor, {
          abonnementen: store.abonnementen,
          verzendingen: store.verzendingen,
          mailInstellingen: store.mailInstellingen,
          instellingen,
          now,
        });
        process.stdout.write(
          (args.format ?? standaardFormaat()) === 'json'
            ? `${JSON.stringify(status, null, 2)}\n`
            : renderAlertStatus(status),
        );
        return;
      }
      if (args.deblokkeer !== undefined) {
        const adres = await unblockAddress({ email: args.deblokkeer }, actor, {
          verzendingen: store.verzendingen,
        });
        process.stdout.write(
          `De blokkade van ${adres} is opgeheven; de volgende run verstuurt wat aan de beurt is.\n`,
        );
        return;
      }
      if (args.opnieuw && regio !== undefined && args.email !== undefined) {
        await resendAlert({ regio, email: args.email }, actor, {
          verzendingen: store.verzendingen,
          instellingen,
          now,
        });
        process.stdout.write(
          `De mail aan ${args.email.trim().toLowerCase()} over ${regioLabel(regio)} is vrijgegeven; de volgende run van zorgplicht alerts verstuurt hem opnieuw (met dezelfde Message-ID).\n`,
        );
        return;
      }
      const normen = await resolveNormen({ normenVersies: store.normenVersies }, vastgezetteNormen());
      const bronnen = createStoreAlertBronnen({ store, normen: async () => normen, now });
      if (args['dry-run'] && args.out !== undefined) {
        const map = resolve(args.out);
        const { cyclus, berichten } = await previewAlerts(actor, {
          abonnementen: store.abonnementen,
          verzendingen: store.verzendingen,
          bronnen,
          instellingen,
          now,
        });
        await mkdir(map, { recursive: true });
        for (const { bericht } of berichten)
          await writeFile(join(map, emlNaam(bericht)), await composeEml(bericht));
        process.stdout.write(
          `${cyclusTekst(cyclus)}: ${formatAantal(berichten.length, 'mail')} geschreven naar ${map}. Niets verzonden of vastgelegd (--dry-run).\n`,
        );
        return;
      }
      const { verzender, waarheen } = verzenderUitOmgeving(opslag.dataDir);
      const resultaat = await runAlerts({
        abonnementen: store.abonnementen,
        verzendingen: store.verzendingen,
        toegangslog: store.toegangslog,
        mailInstellingen: store.mailInstellingen,
        bronnen,
        verzender,
        instellingen,
        logger: createLogger('zorgplicht-alerts'),
        now,
        proces: { host: hostname(), pid: process.pid },
        isAlive: isClaimHolderAlive,
      });
      process.stdout.write(renderRunRapport(resultaat, waarheen));
      const mislukt = resultaat.uitkomsten.filter((u) => u.soort === 'mislukt');
      if (mislukt.length > 0 && resultaat.cyclus) {
        throw new AppError(
          'OMGEVINGSFOUT',
          `${formatAantal(mislukt.length, 'mail')} van de cyclus van ${formatDatum(resultaat.cyclus.id)} ${mislukt.length === 1 ? 'kon' : 'konden'} niet worden verzonden (${mislukt[0]?.reden ?? ''}); de volgende run probeert het opnieuw.`,
        );
      }
    } finally {
      await opslag.sluit();
    }
  },
};
