import type { Command } from 'commander';

/**
 * Every top-level command, with its one-line description and the module that defines
 * it. `kith people …` loads only the people module; `kith --help` lists the commands from
 * here and loads none, so a command's start costs what it uses (issue 17).
 */
type CommandModule = {
  commands: Readonly<Record<string, string>>;
  /** Commands of other modules this one adds subcommands to (loaded after them). */
  extends?: readonly string[];
  load: () => Promise<(program: Command) => void>;
};

export const commandModules: readonly CommandModule[] = [
  {
    commands: { serve: 'serve the web UI and the HTTP API' },
    load: async () => (await import('./serve.js')).registerServeCommand,
  },
  {
    commands: { people: 'add, find and edit the people in your network' },
    load: async () => (await import('./people.js')).registerPeopleCommands,
  },
  {
    commands: { users: 'accounts that can sign in to `kith serve`' },
    load: async () => (await import('./users.js')).registerUsersCommands,
  },
  {
    commands: { tokens: 'API tokens (Authorization: Bearer) for scripts' },
    load: async () => (await import('./tokens.js')).registerTokensCommands,
  },
  {
    commands: { demo: 'fill an empty data dir with a small demo network to explore' },
    load: async () => (await import('./demo.js')).registerDemoCommand,
  },
  {
    commands: {
      log: 'log an interaction with one or more people; it resets their keep-in-touch clock',
      interactions: 'list, show, edit and delete logged interactions',
      timeline: "a person's interactions, how you met and notes, newest first",
    },
    load: async () => (await import('./interactions.js')).registerInteractionCommands,
  },
  {
    commands: {
      today: 'who to reach out to today, and why',
      snooze: 'keep a person off the daily list (or a reminder hidden) for a while',
      drift: 'answer a suggestion to move someone down a tier',
      settings: 'show or change settings (keep in touch, time zone, phone region)',
      occasions: "a person's important yearly dates besides birthdays",
    },
    load: async () => (await import('./keep-in-touch.js')).registerKeepInTouchCommands,
  },
  {
    commands: {
      draft: 'a reconnection opener for someone (when you last spoke, an event or organization you share); never sent',
      reconnect: 'answer the daily list’s dormant tie',
      tiers: 'tiers that fit a life: suggestions and size advice',
    },
    extends: ['settings'],
    load: async () => (await import('./daily-research.js')).registerDailyResearchCommands,
  },
  {
    commands: { health: 'network totals: people per tier, and interactions per month over the last year' },
    load: async () => (await import('./health.js')).registerHealthCommand,
  },
  {
    commands: {
      remind: 'remind yourself of something, about a person or free-standing',
      reminders: 'the reminders due today (snoozed ones when their snooze ends)',
      done: 'mark a reminder done',
      unremind: 'delete a reminder',
    },
    load: async () => (await import('./reminders.js')).registerReminderCommands,
  },
  {
    commands: { items: 'articles, job listings and resources to give' },
    load: async () => (await import('./items.js')).registerItemsCommands,
  },
  {
    commands: {
      unshare: 'take back the record that you sent an item to someone (and the interaction it logged)',
      share: 'who would value an item (ranked, with reasons), or record that you sent it with --to',
    },
    load: async () => (await import('./share.js')).registerShareCommands,
  },
  {
    commands: { intros: 'introductions: suggestions (needs meeting offers), and tracking each one' },
    load: async () => (await import('./intros.js')).registerIntrosCommands,
  },
  {
    commands: { import: 'import people from a LinkedIn Connections.csv, a Google Contacts CSV or a vCard file' },
    load: async () => (await import('./import.js')).registerImportCommands,
  },
  {
    commands: { export: 'export your network: vCard or CSV (people), or JSON (a full backup of everything)' },
    load: async () => (await import('./export.js')).registerExportCommands,
  },
  {
    commands: {
      backup: 'write a consistent backup while kith runs: SQLite online backup, or a JSON backup on PostgreSQL',
      restore: 'restore a backup (a SQLite backup file or a JSON backup) into an empty data dir or database',
    },
    load: async () => (await import('./backup.js')).registerBackupCommands,
  },
  {
    commands: {
      dedupe: 'list people who are probably the same person, with a score and the evidence',
      merge: 'merge OTHER into KEEP: nothing is lost, OTHER is removed',
    },
    load: async () => (await import('./dedupe.js')).registerDedupeCommands,
  },
  {
    commands: { calendar: 'a calendar feed of birthdays, reminders, planned events and follow-ups' },
    load: async () => (await import('./calendar.js')).registerCalendarCommands,
  },
  {
    commands: { card: 'your own card: what it shows, as a vCard and a link that downloads it' },
    load: async () => (await import('./my-card.js')).registerMyCardCommands,
  },
  {
    commands: { digest: "print today's digest (the daily list, reminders, what is coming up), or send it now" },
    load: async () => (await import('./digest.js')).registerDigestCommands,
  },
  {
    commands: {
      events: 'events: where you meet people, their attendee lists, and following up after',
      sources: 'the sources of your network: who introduced you to whom, and who you still keep up with',
    },
    load: async () => (await import('./events.js')).registerEventCommands,
  },
  {
    commands: { orgs: 'organizations: your memberships and who you know there' },
    load: async () => (await import('./organizations.js')).registerOrganizationCommands,
  },
];

/** The modules a top-level command needs, in order: the one defining it, then those adding to it. */
export function modulesFor(name: string): CommandModule[] {
  return commandModules.filter((module) => name in module.commands || module.extends?.includes(name));
}

/** A top-level command's description, said once here for `kith --help` and the command itself. */
export function describeCommand(name: string): string {
  const description = commandModules.find((module) => name in module.commands)?.commands[name];
  if (description === undefined) throw new Error(`no top-level command "${name}" in src/cli/commands/index.ts`);
  return description;
}
