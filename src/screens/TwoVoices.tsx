/**
 * The two voices of the later pages (the outcome, support, plan and signposting pages): kept out of
 * MemberLanguage.tsx, which the question pages load first, so the first download stays small.
 */
import { useTranslation } from 'react-i18next';
import { usePersonContext } from '../session/flowActor';
import { MemberLine, useMemberText, type MemberText } from './MemberLanguage';

/**
 * Both voices of the texts of a page: `say` for the reader (an advocate reads "your member"), and
 * `sayToMember` for the member's-language view (to the member, as "you"; undefined when the view
 * is off). Keys carry their namespace (`outcomes:planResult.afford`).
 */
export function useTwoVoices(namespaces: string[]) {
  const { t, i18n } = useTranslation(namespaces);
  const person = usePersonContext();
  const member = useMemberText(namespaces);
  const say = (key: string, options: Record<string, unknown> = {}): string => t(key, { ...options, ...person }) as string;
  const sayToMember = (key: string, options: Record<string, unknown> = {}): string | undefined => (member ? (member.t(key, options) as string) : undefined);
  return { t, i18n, person, member, say, sayToMember };
}

/** A paragraph (or other block) for the reader, followed by the same text in the member's language. */
export function Said({ text, member, memberText, className }: { text: string; member: MemberText | null; memberText: string | undefined; className?: string }) {
  return (
    <>
      <p className={className}>{text}</p>
      <MemberLine member={member} text={memberText} />
    </>
  );
}

