import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices } from '../components/Choices';
import { ErrorSummary } from '../components/ErrorSummary';
import { MoneyInput, useMoneyText } from '../components/MoneyInput';
import { PageHeading } from '../components/PageHeading';
import { STEPS, optionsOf, type AnswerValue, type QuestionId } from '../questions/steps';
import { moneyExamples, parseMoney } from '../lib/money';
import { intlLocale } from '../lib/format';
import { Flow, usePersonContext } from '../session/flowActor';
import { useProgressCaption } from './Progress';
import { MemberLine, useMemberText } from './MemberLanguage';

function initialSelection(value: AnswerValue | undefined): string[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}

/** One question per page: radios, checkboxes or a money field, a Continue button, and errors. */
export function QuestionScreen({ step }: { step: QuestionId }) {
  const { t, i18n } = useTranslation(['questions', 'common']);
  /** Hints are optional: only some questions and options have one. */
  const optional = (key: string) => (i18n.exists(`questions:${key}`) ? t(key, person) : undefined);
  const person = usePersonContext();
  const actor = Flow.useActorRef();
  const saved = Flow.useSelector((s) => (s.context.answers as Record<string, AnswerValue | undefined>)[step]);
  const def = STEPS[step];
  const caption = useProgressCaption(def.phase);

  const [selected, setSelected] = useState<string[]>(() => initialSelection(saved));
  // An amount once read is kept as pence and shown in the page's language (Back, a language switch).
  const [text, setText] = useMoneyText(typeof saved === 'number' ? saved : undefined, intlLocale(i18n.language));
  // Only a money question shows examples of amounts: making them is a number formatter's first use.
  const examples = () => moneyExamples(intlLocale(i18n.language));
  const [error, setError] = useState<string>();

  // The member's-language view speaks to the member, as "you": no person context.
  const member = useMemberText(['questions', 'common']);
  const memberText = (key: string, values?: Record<string, string>) => (member && i18n.exists(`questions:${key}`) ? member.t(`questions:${key}`, values) : undefined);
  const title = t(`${step}.title`, person);
  const hint = def.kind === 'money' ? t(`${step}.hint`, { ...person, example: examples().whole }) : optional(`${step}.hint`);
  const heading = (
    <>
      <PageHeading caption={caption} error={error !== undefined}>
        {title}
      </PageHeading>
      <MemberLine member={member} text={memberText(`${step}.title`)} />
    </>
  );
  const hints = hint && (
    <>
      {hint}
      <MemberLine member={member} text={memberText(`${step}.hint`, member && def.kind === 'money' ? { example: moneyExamples(intlLocale(member.lang)).whole } : undefined)} inline />
    </>
  );

  const validate = (): { value?: AnswerValue; error?: string } => {
    if (def.kind === 'money') {
      const parsed = parseMoney(text);
      if (!parsed.ok) return { error: t(`common:errors.money.${parsed.error}`, examples()) };
      if (parsed.pence === null) return { error: t('common:errors.money.required') };
      return { value: parsed.pence };
    }
    // Each question says what to choose (GOV.UK: "Select who you are checking for").
    if (selected.length === 0) return { error: t(`${step}.error`, person) };
    if (def.kind === 'radios') return { value: selected[0] };
    const exclusive = 'exclusive' in def ? def.exclusive : undefined;
    if (exclusive && selected.includes(exclusive) && selected.length > 1) {
      return { error: t('common:errors.noneWithOthers', { none: t(`${step}.options.${exclusive}.label`) }) };
    }
    // Keep the order of the options, whatever order they were ticked in.
    return { value: optionsOf(step).filter((o) => selected.includes(o)) };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate();
    if (result.error !== undefined || result.value === undefined) return setError(result.error);
    setError(undefined);
    actor.send({ type: 'answer', step, value: result.value });
  };

  const choices = optionsOf(step).map((value) => ({
    value,
    label: t(`${step}.options.${value}.label`, person),
    hint: optional(`${step}.options.${value}.hint`),
    translation: memberText(`${step}.options.${value}.label`),
    hintTranslation: memberText(`${step}.options.${value}.hint`),
    member,
  }));

  return (
    <form onSubmit={submit} noValidate>
      {error && <ErrorSummary message={error} fieldId={step} />}
      {def.kind === 'money' ? (
        <MoneyInput id={step} label={heading} hint={hints} value={text} error={error} onChange={setText} />
      ) : (
        <Choices
          name={step}
          type={def.kind === 'radios' ? 'radio' : 'checkbox'}
          legend={heading}
          hint={hints}
          choices={choices}
          dividerBefore={'dividerBefore' in def ? def.dividerBefore : undefined}
          dividerTranslation={member ? { text: member.t('common:or'), lang: member.lang, dir: member.dir } : undefined}
          selected={selected}
          error={error}
          onChange={setSelected}
        />
      )}
      <button type="submit" className="button">
        {t('common:actions.continue')}
      </button>
    </form>
  );
}
