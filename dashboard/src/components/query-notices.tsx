import type { QueryState } from '../graphql/use-query';
import { useLanguage } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';

/**
 * What a view says besides its data: that it loads, that the gateway cannot be reached, or which
 * level's data is missing from a partial answer (the view still shows the rest).
 */
export function QueryNotices({ state }: { state: QueryState<unknown> }) {
  const { t } = useLanguage();
  const unavailable = state.unavailable ?? [];
  const otherErrors = (state.errors ?? []).filter((error) => error.extensions?.code !== 'SUBGRAPH_UNAVAILABLE');
  return (
    <>
      {state.loading && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {state.failure && <p className="notice error">{t('failed', { message: state.failure })}</p>}
      {unavailable.length > 0 && (
        <p className="notice partial" role="alert">
          {t('partialNotice', { subgraphs: unavailable.map((name) => t(`subgraph_${name}` as MessageKey)).join(', ') })}
        </p>
      )}
      {otherErrors.length > 0 && (
        <p className="notice error" role="alert">
          {t('errorNotice', { messages: [...new Set(otherErrors.map((error) => error.message))].join('; ') })}
        </p>
      )}
    </>
  );
}
