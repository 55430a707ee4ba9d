import { type Command, Option } from 'commander';
import { affiliatePerson } from '../../core/organizations/affiliate-person.js';
import { createOrganization } from '../../core/organizations/create-organization.js';
import { deleteOrganization } from '../../core/organizations/delete-organization.js';
import { listOrganizations } from '../../core/organizations/list-organizations.js';
import { resolveOrganization } from '../../core/organizations/resolve-organization.js';
import {
  membershipRoles,
  type Organization,
  type OrganizationView,
  organizationKinds,
  type UpdateOrganizationInput,
} from '../../core/organizations/schema.js';
import { joinOrganization, updateOrganization } from '../../core/organizations/update-organization.js';
import { viewOrganization } from '../../core/organizations/view-organization.js';
import { resolvePerson } from '../../core/people/resolve-person.js';
import { counted } from '../../core/shared/text.js';
import { requireAChange } from '../flag-values.js';
import { cliIo } from '../io.js';
import { printFields, printJson, printTable, words } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

type OrganizationFlags = { kind?: string; url?: string; notes?: string; json?: boolean };

function organizationFlags(command: Command): Command {
  return command
    .addOption(new Option('--kind <kind>', 'what sort of organization').choices(organizationKinds))
    .option('--url <url>', 'website')
    .option('--notes <text>', 'notes (markdown)');
}

function fieldsFromFlags(flags: OrganizationFlags): UpdateOrganizationInput {
  const fields: UpdateOrganizationInput = {
    kind: flags.kind as UpdateOrganizationInput['kind'],
    url: flags.url,
    notes: flags.notes,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function membershipText(organization: Organization): string | null {
  const membership = organization.membership;
  if (!membership) return null;
  return [
    membership.role,
    membership.since ? `since ${membership.since}` : null,
    membership.renewsOn ? `renews ${membership.renewsOn}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

function printOrganizationView(view: OrganizationView): void {
  const { organization } = view;
  printFields([
    ['Name', organization.name],
    ['Id', organization.id],
    ['Kind', words(organization.kind)],
    ['Url', organization.url],
    ['Membership', membershipText(organization)],
    ['Notes', organization.notes],
  ]);
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    cliIo().stdout.write(`\n${title}\n`);
    for (const line of lines) cliIo().stdout.write(`  ${line}\n`);
  };
  section(
    'Members you know',
    view.members.map((m) => `${m.displayName}${m.role ? `, ${m.role}` : ''}${m.current ? '' : ' (past)'}`),
  );
  section(
    'Meetings you attended',
    view.meetingsAttended.map((e) => `${e.startsOn}  ${e.name}`),
  );
  section(
    'Talks you gave',
    view.talksGiven.map((e) => `${e.startsOn}  ${e.talkTitle ?? e.name} (${e.name})`),
  );
  section(
    'People you met through it',
    view.peopleMet.map((p) => `${p.displayName} at ${p.eventName}`),
  );
}

export function registerOrganizationCommands(program: Command): void {
  const orgs = program.command('orgs').description(describeCommand('orgs'));

  organizationFlags(orgs.command('add').description('add an organization').argument('<name>', 'name'))
    .option('--json', 'print the organization as JSON')
    .action(
      withContext(async ({ deps }, name: string, flags: OrganizationFlags) => {
        const organization = await createOrganization(deps, { name, ...fieldsFromFlags(flags) });
        if (flags.json) printJson(organization);
        else cliIo().stdout.write(`Added ${organization.name} (${organization.id})\n`);
      }),
    );

  orgs
    .command('list')
    .description('list organizations')
    .option('--json', 'print an array of organizations as JSON')
    .action(
      withContext(async ({ deps }, flags: { json?: boolean }) => {
        const organizations = await listOrganizations(deps);
        if (flags.json) printJson(organizations);
        else
          printTable(
            organizations,
            [
              { header: 'ID', value: (o: Organization) => o.id, max: 26 },
              { header: 'NAME', value: (o: Organization) => o.name, max: 40 },
              { header: 'KIND', value: (o: Organization) => words(o.kind) },
              { header: 'MEMBERSHIP', value: membershipText, max: 40 },
            ],
            'No organizations yet. Add one with: kith orgs add "Logistics Association" --kind trade_association',
          );
      }),
    );

  orgs
    .command('show')
    .description('show an organization: members you know, meetings, talks, people met through it')
    .argument('<org>', 'id or name')
    .option('--json', 'print the organization view as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, flags: { json?: boolean }) => {
        const view = await viewOrganization(deps, (await resolveOrganization(deps, idOrName)).id);
        if (flags.json) printJson(view);
        else printOrganizationView(view);
      }),
    );

  organizationFlags(orgs.command('edit').description('change an organization').argument('<org>', 'id or name'))
    .option('--name <name>', 'new name')
    .option('--json', 'print the organization as JSON')
    .hook('preAction', requireAChange)
    .action(
      withContext(async ({ deps }, idOrName: string, flags: OrganizationFlags & { name?: string }) => {
        const current = await resolveOrganization(deps, idOrName);
        const patch = { ...fieldsFromFlags(flags), ...(flags.name ? { name: flags.name } : {}) };
        const organization = await updateOrganization(deps, current.id, patch);
        if (flags.json) printJson(organization);
        else cliIo().stdout.write(`Updated ${organization.name} (${organization.id})\n`);
      }),
    );

  orgs
    .command('rm')
    .description('delete an organization (people and events stay; their links to it go)')
    .argument('<org>', 'id or name')
    .option('--json', 'print what was deleted and unlinked as JSON')
    .action(
      withContext(async ({ deps }, idOrName: string, flags: { json?: boolean }) => {
        const result = await deleteOrganization(deps, (await resolveOrganization(deps, idOrName)).id);
        if (flags.json) printJson(result);
        else
          cliIo().stdout.write(
            `Deleted ${result.organization.name}; unlinked ${counted(result.unlinked.affiliations, 'affiliation')} and ${counted(result.unlinked.events, 'event')}\n`,
          );
      }),
    );

  orgs
    .command('join')
    .description('record your membership of an organization')
    .argument('<org>', 'id or name')
    .addOption(new Option('--role <role>', 'your role').choices(membershipRoles).default('member'))
    .option('--since <date>', 'member since, YYYY-MM-DD')
    .option('--renews <date>', 'when the membership renews, YYYY-MM-DD')
    .option('--json', 'print the organization as JSON')
    .action(
      withContext(
        async (
          { deps },
          idOrName: string,
          flags: { role: string; since?: string; renews?: string; json?: boolean },
        ) => {
          const current = await resolveOrganization(deps, idOrName);
          const organization = await joinOrganization(deps, current.id, {
            role: flags.role as 'member',
            since: flags.since,
            renewsOn: flags.renews,
          });
          if (flags.json) printJson(organization);
          else cliIo().stdout.write(`Member of ${organization.name}: ${membershipText(organization)}\n`);
        },
      ),
    );

  orgs
    .command('affiliate')
    .description("record a person's role at an organization")
    .argument('<org>', 'id or name')
    .argument('<person>', 'id or name')
    .option('--role <role>', 'their role there (e.g. member, chair)')
    .option('--past', 'a past affiliation')
    .option('--json', 'print the affiliation as JSON')
    .action(
      withContext(
        async (
          { deps },
          orgKey: string,
          personKey: string,
          flags: { role?: string; past?: boolean; json?: boolean },
        ) => {
          const organization = await resolveOrganization(deps, orgKey);
          const person = await resolvePerson(deps, personKey);
          const affiliation = await affiliatePerson(deps, organization.id, {
            personId: person.id,
            role: flags.role,
            current: !flags.past,
          });
          if (flags.json) printJson(affiliation);
          else {
            const role = (at: { role: string | null; current: boolean }) =>
              `${at.role ?? 'affiliated'}${at.current ? '' : ' (past)'}`;
            const was = affiliation.previous ? ` (already listed there; was ${role(affiliation.previous)})` : '';
            cliIo().stdout.write(`${person.displayName}: ${role(affiliation)} at ${organization.name}${was}\n`);
          }
        },
      ),
    );
}
