import { parseArgs } from 'node:util';
import { Role, signToken, tokenVerifier } from '../services/core/auth';
import { loadConfig } from '../services/core/config';

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
  const role = values.role as Role;
  if (!Object.values(Role).includes(role)) throw new Error(`--role must be one of ${Object.values(Role).join(', ')}\n\n${USAGE}`);
  if (role === Role.DISTRICT_OFFICER && !values.district) throw new Error(`a DISTRICT_OFFICER needs --district\n\n${USAGE}`);
  if (role === Role.CLUSTER_ADMIN && !values.cluster) throw new Error(`a CLUSTER_ADMIN needs --cluster\n\n${USAGE}`);
  const auth = loadConfig().auth;
  const token = await signToken(
    auth,
    { subject: values.subject ?? `dev-${role.toLowerCase()}`, role, district: values.district, cluster: values.cluster },
    values.expires ?? '8h',
  );
  // The services would refuse it (a lifetime over JWT_MAX_LIFETIME_S): say so now, not at the first request.
  await tokenVerifier(auth)(`Bearer ${token}`);
  console.log(token);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
