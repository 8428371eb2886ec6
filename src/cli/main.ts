/**
 * `common-time <command>`: each command lives in its own module and is loaded only when asked for,
 * so `slots` never pays for the simulator's start-up and vice versa.
 */
type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  slots: {
    summary: 'find common free time in a Graph getSchedule response',
    load: async () => (await import('./slots.js')).runSlots,
  },
  sim: {
    summary: 'start only the Graph-compatible demo tenant',
    load: async () => (await import('./sim.js')).runSim,
  },
  templates: {
    summary: 'check a folder of district agenda templates',
    load: async () => (await import('./templates.js')).runTemplates,
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return ['Usage: common-time <command> [options]', '', 'Commands:', ...lines, '', 'Run `common-time <command> --help` for its options.'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`common-time: unknown command "${name}".\n\n${usage()}\n`);
    return 2;
  }
  return (await command.load())(rest);
}
