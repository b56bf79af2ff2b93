import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';
import { Flow } from '../session/flowActor';

/**
 * The advocate's side-by-side view: with "someone I support" chosen, every question and outcome can
 * also be shown in the member's language, each text in its own direction.
 */
const Context = createContext<{ member: LanguageCode | null; setMember: (l: LanguageCode | null) => void }>({
  member: null,
  setMember: () => {},
});

export function MemberLanguageProvider({ children }: { children: ReactNode }) {
  const [member, setMember] = useState<LanguageCode | null>(null);
  return <Context.Provider value={{ member, setMember }}>{children}</Context.Provider>;
}

export interface MemberText {
  t: TFunction;
  lang: LanguageCode;
  dir: 'ltr' | 'rtl';
}

/**
 * The member's-language t, when the side-by-side view is on and differs from the page language.
 * It speaks to the member as "you": call it without the person context, so it never uses the
 * advocate's `_supporter` texts.
 */
export function useMemberText(namespaces: string[]): MemberText | null {
  const { member } = useContext(Context);
  const { i18n } = useTranslation();
  const supporting = Flow.useSelector((s) => s.context.answers.audience === 'supporter');
  const active = supporting && member !== null && member !== i18n.language ? member : null;
  const { t, ready } = useTranslation(namespaces, { lng: active ?? i18n.language });
  if (!active || !ready) return null;
  return { t, lang: active, dir: LANGUAGES[active].dir };
}

/** Text in the member's language, marked with its own language and direction. */
export function MemberLine({ member, text, inline = false }: { member: MemberText | null | undefined; text: string | undefined; inline?: boolean }) {
  if (!member || !text) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="parallel" lang={member.lang} dir={member.dir}>
      {text}
    </Tag>
  );
}

/** The member's language, when the advocate has chosen one. */
export function useMemberLanguage(): LanguageCode | null {
  return useContext(Context).member;
}

/** Sets the member's language: an opened case file brings its own. */
export function useSetMemberLanguage(): (member: LanguageCode | null) => void {
  return useContext(Context).setMember;
}

/** The control: shown only when checking for someone else. */
export function MemberLanguageControl() {
  const { t, i18n } = useTranslation('common');
  const { member, setMember } = useContext(Context);
  const supporting = Flow.useSelector((s) => s.context.answers.audience === 'supporter');
  if (!supporting) return null;
  const others = LANGUAGE_CODES.filter((code) => code !== i18n.language);
  return (
    <div className="member-language">
      <label className="label" htmlFor="member-language">
        {t('memberLanguage.label')}
      </label>
      <select
        id="member-language"
        className="select"
        value={member ?? ''}
        onChange={(e) => setMember((e.target.value || null) as LanguageCode | null)}
      >
        <option value="">{t('memberLanguage.none')}</option>
        {others.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGES[code].name}
          </option>
        ))}
      </select>
    </div>
  );
}
