import { parseArgs } from 'node:util';
import { Role } from '../services/core/auth';
import { loadConfig, loadEnvFile } from '../services/core/config';
import { mintDevelopmentToken } from '../services/core/development-token';

const USAGE = `npm run token -- --role ${Object.values(Role).join('|')} [--district ID] [--cluster ID] [--subject NAME] [--expires 8h]

Prints a token signed with JWT_SECRET (the development secret unless one is set), for the playground's
Authorization header or curl: Authorization: Bearer <token>.
  --role      what the bearer may do
  --district  the district a DISTRICT_OFFICER writes (and whose personal data a VIEWER may read), e.g. ba-dinh
  --cluster   the cluster a CLUSTER_ADMIN writes, e.g. III
  --subject   who the audit log names (default: dev-<role>)
  --expires   how long it is valid: 30m, 8h, 24h (default 8h; at most JWT_MAX_LIFETIME_S, a day unless set)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      district: { type: 'string' },
      cluster: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  loadEnvFile();
  // The same minting as the gateway's development sign-in (POST /dev/token).
  const { token } = await mintDevelopmentToken(loadConfig().auth, values).catch((error: Error) => {
    throw new Error(`${error.message}\n\n${USAGE}`);
  });
  console.log(token);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
