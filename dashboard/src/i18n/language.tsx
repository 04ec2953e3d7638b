import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../format';
import { en, vi, type MessageKey } from './messages';

const STORAGE_KEY = 'emulation-graph.language';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface LanguageState {
  language: Language;
  t: Translate;
  toggle(): void;
}

function translator(language: Language): Translate {
  const messages = language === 'vi' ? vi : en;
  return (key, values) => (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ''));
}

const LanguageContext = createContext<LanguageState>({ language: 'vi', t: translator('vi'), toggle() {} });

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi'));
  const state = useMemo<LanguageState>(
    () => ({
      language,
      t: translator(language),
      toggle() {
        const next = language === 'vi' ? 'en' : 'vi';
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLanguage(next);
      },
    }),
    [language],
  );
  return <LanguageContext.Provider value={state}>{children}</LanguageContext.Provider>;
}

export const useLanguage = (): LanguageState => useContext(LanguageContext);
