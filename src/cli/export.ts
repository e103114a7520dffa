import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { call, type RemoteOptions, remoteOf } from './remote.ts';
import { runCommand } from './run.ts';

interface ExportOptions extends RemoteOptions {
  format: string;
  filter?: string;
  columns?: string;
}

/** `rapport export <object>`: streams people or companies from a server to stdout. */
export function exportCommand(): Command {
  return new Command('export')
    .description('stream people or companies from a running server to stdout')
    .argument('<object>', 'people or companies')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'json', 'vcf']).default('csv'))
    .option(
      '--filter <json>',
      'the filter language of list views and ?filter=, e.g. \'{"field":"lifecycleStage","op":"eq","value":"customer"}\'',
    )
    .option('--columns <list>', 'comma-separated columns (API field names)')
    .option('--url <url>', 'the server (default RAPPORT_URL)')
    .option('--token <token>', 'an API token (default RAPPORT_TOKEN)')
    .action((object: string, options: ExportOptions) => runCommand(() => runExport(object, options)));
}

export async function runExport(object: string, options: ExportOptions, out: Writable = process.stdout) {
  if (object !== 'people' && object !== 'companies')
    throw new Error(`cannot export "${object}": use people or companies`);
  const remote = remoteOf(options);
  const query = new URLSearchParams({ format: options.format });
  if (options.filter !== undefined) query.set('filter', options.filter);
  if (options.columns !== undefined) query.set('columns', options.columns);
  const response = await call(remote, 'GET', `/${object}/export?${query}`);
  if (!response.body) return;
  try {
    await pipeline(Readable.fromWeb(response.body as never), out, { end: out !== process.stdout });
  } catch (error) {
    // A reader that stops early (`| head`) is not a failure of the export.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}
