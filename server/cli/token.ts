import { parseArgs } from 'node:util';
import { ROLES, RoleSchema } from '../../shared/auth';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { createTokenService } from '../services/tokens';
import { openStore } from '../store';
import { type Command, UsageError } from './io';

export const tokenCommand: Command = {
  name: 'token',
  usage: `Usage: outcry token create --role viewer|analyst|admin --name NAME
       outcry token list
       outcry token revoke ID

Role tokens for the API and the dashboard, in the store that OUTCRY_DB / OUTCRY_DATABASE_URL name:
  viewer   reads (needed for reads only when the server runs with OUTCRY_READ_AUTH=1)
  analyst  reads and exports (posts ndjson/csv, series csv, report markdown, sources export)
  admin    everything: writes, sources, webhooks, tokens
The token is printed once by create; only its hash is stored. A revoked token is refused at once.
OUTCRY_ADMIN_TOKEN stays an admin token beside these.`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { role: { type: 'string' }, name: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const [action, id, ...extra] = positionals;
    if (!action || !['create', 'list', 'revoke'].includes(action))
      throw new UsageError('say what to do: outcry token create | list | revoke ID');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const role = action === 'create' ? RoleSchema.safeParse(values.role) : null;
    if (role && !role.success) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    if (action === 'create' && !values.name?.trim())
      throw new UsageError('--name is required: who or what uses it');
    if (action === 'revoke' && !id) throw new UsageError('revoke needs the token id (see outcry token list)');
    const store = await openStore(loadConfig(io.env));
    try {
      const tokens = createTokenService(store, systemClock);
      if (action === 'create' && role?.success) {
        const t = await tokens.create({ name: values.name?.trim() ?? '', role: role.data });
        io.stderr.write(
          `Created ${t.role} token ${t.id} "${t.name}" (shown once; only its hash is stored):\n`,
        );
        io.stdout.write(`${t.token}\n`);
        return 0;
      }
      if (action === 'list') {
        for (const t of await tokens.list())
          io.stdout.write(`${t.id}\t${t.role}\t${t.createdAt}\t${t.name}\n`);
        return 0;
      }
      if (!(await tokens.revoke(id ?? ''))) {
        io.stderr.write(`outcry token: no token with id "${id}"\n`);
        return 1;
      }
      io.stderr.write(`Revoked ${id}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
