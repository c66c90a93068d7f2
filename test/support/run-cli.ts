import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI_PATH = fileURLToPath(new URL('../../bin/zorgplicht.js', import.meta.url));

/** The command with a test-only follower that kills it after ZORGPLICHT_TEST_KILL_NA_BATCHES batches. */
export const CLI_MET_KILL_PATH = fileURLToPath(new URL('./zorgplicht-met-kill.js', import.meta.url));

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `zorgplicht` executable in a child process. */
export function runCli(
  args: readonly string[],
  options: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    input?: string;
    /** A command that runs the CLI (e.g. `unshare -m …`): it gets node, the CLI and its args appended. */
    via?: readonly [string, ...string[]];
    /** Another entry point than bin/zorgplicht.js (e.g. CLI_MET_KILL_PATH). */
    cli?: string;
  } = {},
): Promise<CliResult> {
  const cli = options.cli ?? CLI_PATH;
  const [command, ...prefix] = options.via ?? [process.execPath];
  const commandArgs = options.via ? [...prefix, process.execPath, cli, ...args] : [cli, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: options.cwd,
      env: { ...process.env, ZORGPLICHT_NORMEN: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
