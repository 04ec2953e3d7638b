import { useState, type FormEvent } from 'react';
import { GRAPHQL_URL } from '../graphql/client';
import { useLanguage } from '../i18n/language';
import { navigate } from '../router';
import { useSession } from '../session';

const ROLES = ['CITY_ADMIN', 'DISTRICT_OFFICER', 'CLUSTER_ADMIN', 'VIEWER'] as const;

class DevelopmentTokenUnavailable extends Error {}

/** The gateway's development sign-in (absent in production): a token as `npm run token` signs it. */
async function developmentToken(role: string, scope: string): Promise<string> {
  const claims = role === 'DISTRICT_OFFICER' || role === 'VIEWER' ? { district: scope || undefined } : role === 'CLUSTER_ADMIN' ? { cluster: scope } : {};
  const response = await fetch(new URL('/dev/token', new URL(GRAPHQL_URL, window.location.href)), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, ...claims }),
  });
  // In production the route does not exist.
  if (response.status === 404) throw new DevelopmentTokenUnavailable();
  const body = await response.json().catch(() => ({}));
  if (!response.ok || typeof body.token !== 'string') throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.token;
}

/** Sign-in by token: pasted, or in development from the gateway. Officers then see personal data and the review queue. */
export function SignInView() {
  const { t } = useLanguage();
  const { identity, signIn, signOut } = useSession();
  const [pasted, setPasted] = useState('');
  const [role, setRole] = useState<string>('CITY_ADMIN');
  const [scope, setScope] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const finish = (token: string) => {
    signIn(token);
    navigate('/review');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pasted.trim()) finish(pasted.trim());
  };
  const fetchDevelopmentToken = async () => {
    setProblem(null);
    try {
      finish(await developmentToken(role, scope.trim()));
    } catch (error) {
      setProblem(error instanceof DevelopmentTokenUnavailable ? t('devTokenUnavailable') : (error as Error).message);
    }
  };
  return (
    <section className="view sign-in">
      <header className="view-header">
        <h1>{t('signInTitle')}</h1>
      </header>
      {identity && (
        <p className="summary">
          {t('signedInAs', { role: identity.role ?? '?', scope: identity.district ? ` · ${identity.district}` : identity.cluster ? ` · ${identity.cluster}` : '' })}{' '}
          <button type="button" onClick={signOut}>
            {t('signOut')}
          </button>
        </p>
      )}
      <form onSubmit={submit} className="token-form">
        <label>
          {t('signInToken')}
          <textarea name="token" rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} spellCheck={false} />
        </label>
        <button type="submit">{t('signInButton')}</button>
      </form>
      <fieldset className="dev-token">
        <legend>{t('devToken')}</legend>
        <p className="muted">{t('devTokenHint')}</p>
        <select name="role" value={role} onChange={(event) => setRole(event.target.value)}>
          {ROLES.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>{' '}
        {role !== 'CITY_ADMIN' && <input name="scope" value={scope} onChange={(event) => setScope(event.target.value)} placeholder={role === 'CLUSTER_ADMIN' ? 'III' : 'ba-dinh'} />}{' '}
        <button type="button" onClick={fetchDevelopmentToken}>
          {t('devToken')}
        </button>
        {problem && <p className="notice error">{problem}</p>}
      </fieldset>
    </section>
  );
}
